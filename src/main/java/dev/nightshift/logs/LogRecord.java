package dev.nightshift.logs;

import java.util.Map;
import java.util.Objects;

/**
 * One record read from a log file, flattened to the field names Sigma rules use, with its position: {@code index}
 * is its 0-based line number in a JSON-lines file and its 0-based place among the file's records otherwise;
 * {@code line} and {@code column} (1-based) are where it starts.
 */
public record LogRecord(long index, int line, int column, Map<String, Object> fields) {

    public LogRecord {
        Objects.requireNonNull(fields, "fields");
        if (index < 0 || line < 1 || column < 1) {
            throw new IllegalArgumentException("index is 0-based, line and column 1-based, got " + index + ", "
                    + line + ":" + column);
        }
    }
}
