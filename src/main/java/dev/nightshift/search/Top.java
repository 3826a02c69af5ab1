package dev.nightshift.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code top [limit=N] f1 f2} and {@code rare}: the most (or least) common combinations of the fields' values with
 * their count and their percentage of the rows, N of them (10 unless told; 0 for all).
 */
public record Top(List<String> fields, int limit, boolean rare) implements Stage {

    public Top {
        fields = List.copyOf(fields);
    }

    /** One combination of values: those of its first row, and how many rows have it. */
    static final class Tally {
        private final List<Object> values;
        private long count;

        Tally(List<Object> values) {
            this.values = values;
        }

        void add(long rows) {
            count += rows;
        }
    }

    @Override
    public Rows apply(Rows in) {
        Map<Object, Tally> tallies = new HashMap<>();
        for (Row row : in.rows()) {
            Object key = Stats.key(row, fields);
            if (key != null) {
                tallies.computeIfAbsent(key, k -> new Tally(fields.stream().map(row::get).toList())).count++;
            }
        }
        return ranked(tallies, in.rows().size());
    }

    /** The table of {@code tallies} (keyed as {@link Stats#key} keys them) out of {@code total} rows. */
    Rows ranked(Map<Object, Tally> tallies, int total) {
        List<Tally> ranked = new ArrayList<>(tallies.values());
        ranked.sort((a, b) -> {
            int c = rare ? Long.compare(a.count, b.count) : Long.compare(b.count, a.count);
            return c != 0 ? c : Stats.compareKeys(a.values, b.values);
        });
        List<Row> out = new ArrayList<>();
        for (Tally t : limit > 0 && ranked.size() > limit ? ranked.subList(0, limit) : ranked) {
            Map<String, Object> cells = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                cells.put(fields.get(i), t.values.get(i));
            }
            cells.put("count", t.count);
            cells.put("percent", 100.0 * t.count / total);
            out.add(new Row.TableRow(cells));
        }
        List<String> columns = new ArrayList<>(fields);
        columns.add("count");
        columns.add("percent");
        return Rows.table(columns, out, true);
    }

    @Override
    public String print() {
        return (rare ? "rare " : "top ") + (limit != 10 ? "limit=" + limit + " " : "") + String.join(" ", fields);
    }
}
