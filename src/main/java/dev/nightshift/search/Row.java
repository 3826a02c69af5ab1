package dev.nightshift.search;

import dev.nightshift.telemetry.Event;
import java.util.Map;

/** One result of a pipe command: an event, or a row of a table that a transforming command made. */
public sealed interface Row {

    /** The value of a field or column, or null. */
    Object get(String field);

    /** An event flowing through the pipeline. */
    record EventRow(Event event) implements Row {
        @Override
        public Object get(String field) {
            return Fields.value(event, field);
        }
    }

    /** A row of a table: its cells by column name. */
    record TableRow(Map<String, Object> cells) implements Row {
        public TableRow {
            cells = java.util.Collections.unmodifiableMap(cells);
        }

        @Override
        public Object get(String field) {
            return cells.get(field);
        }
    }
}
