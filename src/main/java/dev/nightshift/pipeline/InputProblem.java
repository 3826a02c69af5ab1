package dev.nightshift.pipeline;

import java.util.Objects;

/** A problem of an input file (a processing pipeline, a log file), at its 1-based line and column. */
public record InputProblem(String file, int line, int column, String message) {

    public InputProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }

    /** The problem as {@code file:line:column: message}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
