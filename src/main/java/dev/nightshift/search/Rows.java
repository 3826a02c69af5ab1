package dev.nightshift.search;

import java.util.List;

/**
 * What flows between pipe commands: events (no columns yet, newest first as a SIEM returns them) or a table with its
 * columns; {@code sorted} once a command chose the order.
 */
record Rows(List<String> columns, List<Row> rows, boolean sorted) {

    static Rows events(List<Row> rows) {
        return new Rows(null, rows, false);
    }

    static Rows table(List<String> columns, List<Row> rows, boolean sorted) {
        return new Rows(List.copyOf(columns), rows, sorted);
    }

    boolean isEvents() {
        return columns == null;
    }

    Rows with(List<Row> changed, boolean nowSorted) {
        return new Rows(columns, changed, nowSorted);
    }
}
