package dev.nightshift.shell;

/** A failure whose message is written for the user, with the exit code it deserves. */
class UserFacingException extends RuntimeException {

    private final int exitCode;

    UserFacingException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
