package dev.nightshift.detection;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
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

    /** Writes {@code "errors": [{"file", "line", "column", "message"}]}, as the command-line contract has it. */
    static void writeJson(JsonGenerator g, List<RuleError> errors) throws IOException {
        g.writeArrayFieldStart("errors");
        for (RuleError error : errors) {
            g.writeStartObject();
            g.writeStringField("file", error.file());
            g.writeNumberField("line", error.line());
            g.writeNumberField("column", error.column());
            g.writeStringField("message", error.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
