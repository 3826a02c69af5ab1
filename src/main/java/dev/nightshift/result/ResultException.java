package dev.nightshift.result;

/** A result file or a proctor secret that cannot be used, with one sentence saying what is wrong and what to do. */
public final class ResultException extends RuntimeException {

    public ResultException(String message) {
        super(message);
    }
}
