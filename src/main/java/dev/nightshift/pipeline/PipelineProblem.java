package dev.nightshift.pipeline;

import java.util.Objects;

/** A problem of a processing pipeline file, at the 1-based line and column of the YAML node it concerns. */
public record PipelineProblem(String file, int line, int column, String message) {

    public PipelineProblem {
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
