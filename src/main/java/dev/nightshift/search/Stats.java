package dev.nightshift.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code stats count dc(f) ... by f1 f2}: one row per combination of the by-fields' values (rows lacking one are left
 * out, as Splunk does), in the order of those values; without {@code by}, one row over everything.
 */
public record Stats(List<Aggregate> aggregates, List<String> by) implements Stage {

    public Stats {
        aggregates = List.copyOf(aggregates);
        by = List.copyOf(by);
    }

    /** One group: the by-fields' values of its first row, and its statistics. */
    record Group(List<Object> values, Aggregate.Accumulator[] accumulators) {
    }

    @Override
    public Rows apply(Rows in) {
        Map<Object, Group> groups = new HashMap<>();
        for (Row row : in.rows()) {
            Object key = key(row, by);
            if (key == null) {
                continue;
            }
            Group group = groups.get(key);
            if (group == null) {
                group = start(by.stream().map(row::get).toList());
                groups.put(key, group);
            }
            for (Aggregate.Accumulator a : group.accumulators()) {
                a.add(row);
            }
        }
        return table(groups);
    }

    /** The table of {@code groups}, keyed as {@link #key} keys them, in the order of their values. */
    Rows table(Map<Object, Group> groups) {
        if (groups.isEmpty() && by.isEmpty()) {
            groups.put(List.of(), start(List.of()));
        }
        List<Group> sorted = new ArrayList<>(groups.values());
        sorted.sort((a, b) -> compareKeys(a.values(), b.values()));
        List<String> columns = new ArrayList<>(by);
        aggregates.forEach(a -> columns.add(a.column()));
        List<Row> out = new ArrayList<>(sorted.size());
        for (Group group : sorted) {
            Map<String, Object> cells = new LinkedHashMap<>();
            for (int i = 0; i < by.size(); i++) {
                cells.put(by.get(i), group.values().get(i));
            }
            for (int i = 0; i < aggregates.size(); i++) {
                cells.put(aggregates.get(i).column(), group.accumulators()[i].result());
            }
            out.add(new Row.TableRow(cells));
        }
        return Rows.table(columns, out, true);
    }

    Group start(List<Object> values) {
        return new Group(values, aggregates.stream().map(Aggregate::start).toArray(Aggregate.Accumulator[]::new));
    }

    /**
     * The values of {@code fields} on the row as text (one field: its text alone, no list), or null when one is
     * absent: a key to group or deduplicate rows by.
     */
    static Object key(Row row, List<String> fields) {
        if (fields.size() == 1) {
            Object v = row.get(fields.get(0));
            return v == null ? null : v instanceof String s ? s : Values.text(v);
        }
        List<String> key = new ArrayList<>(fields.size());
        for (String f : fields) {
            Object v = row.get(f);
            if (v == null) {
                return null;
            }
            key.add(Values.text(v));
        }
        return key;
    }

    static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = Values.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public String print() {
        return "stats " + aggregates.stream().map(Aggregate::print).collect(Collectors.joining(" "))
                + (by.isEmpty() ? "" : " by " + String.join(" ", by));
    }
}
