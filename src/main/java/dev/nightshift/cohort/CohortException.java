package dev.nightshift.cohort;

/** A cohort command that cannot go on, in one sentence saying what to do; {@link #badInput()} when the input is at fault. */
public final class CohortException extends RuntimeException {

    private final boolean badInput;

    CohortException(String message, boolean badInput) {
        super(message);
        this.badInput = badInput;
    }

    static CohortException badInput(String message) {
        return new CohortException(message, true);
    }

    static CohortException failed(String message) {
        return new CohortException(message, false);
    }

    /** Whether the user's input (a file, a name) is what is wrong, rather than the state of the cohort. */
    public boolean badInput() {
        return badInput;
    }
}
