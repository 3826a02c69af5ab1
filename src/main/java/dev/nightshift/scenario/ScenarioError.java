package dev.nightshift.scenario;

import java.util.Objects;

/**
 * One problem found in a scenario file, with its position and the field path it concerns, printed as
 * {@code file:line:column: message (at attack.stages[2].technique)}.
 */
public record ScenarioError(String file, int line, int column, String message, String path) {

    public ScenarioError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        path = path == null ? "" : path;
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
        }
    }

    /** The one-line form; the {@code (at ...)} suffix is left out when the error concerns no field. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + message + (path.isEmpty() ? "" : " (at " + path + ")");
    }

    @Override
    public String toString() {
        return format();
    }
}
