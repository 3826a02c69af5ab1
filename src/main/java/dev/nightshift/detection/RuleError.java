package dev.nightshift.detection;

import java.util.Objects;

/** A problem found in a rule file, at the 1-based line and column of the YAML node it concerns. */
public record RuleError(String file, int line, int column, String message) {

    public RuleError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }

    /** The error as {@code file:line:column: message}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
