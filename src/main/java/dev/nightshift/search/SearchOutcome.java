package dev.nightshift.search;

import dev.nightshift.telemetry.Event;
import java.util.List;

/**
 * What a search found: how many events its clause matched; then either events (when no command made a table: the
 * latest {@code limit} oldest first, or the first in the order a sort chose) or a table's columns and first rows;
 * {@code total} counts the events or rows before the limit.
 */
public record SearchOutcome(int matched, int total, List<Event> events, List<String> columns,
                            List<List<Object>> rows) {

    public SearchOutcome {
        events = List.copyOf(events);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (matched < 0 || total < events.size() || total < rows.size()) {
            throw new IllegalArgumentException("a search shows more than it found");
        }
    }

    /** Whether the result is a table (a command such as stats or table made one). */
    public boolean isTable() {
        return !columns.isEmpty();
    }
}
