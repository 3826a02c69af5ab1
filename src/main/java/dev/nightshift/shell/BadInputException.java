package dev.nightshift.shell;

/** The user's input is wrong (a bad option, an unknown id, a malformed file): exit code 2. */
class BadInputException extends UserFacingException {

    BadInputException(String message) {
        super(message, ErrorReporting.BAD_INPUT);
    }
}
