package dev.nightshift.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code timechart [span=5m] [limit=N] count by f}: one row per span of time from the first event's to the last's
 * (empty spans included, counting 0), one column per statistic or, with {@code by}, per value of the field: the N
 * most frequent (10 unless told), the rest summed in {@code OTHER} when the statistic is a count. Without a span, the
 * smallest of 1m, 5m, 10m, 15m, 30m, 1h, 3h, 6h, 12h, 1d, 7d giving at most 100 rows.
 */
public record Timechart(Duration span, int limit, List<Aggregate> aggregates, String by, int spanColumn)
        implements Stage {

    static final int MAX_ROWS = 10_000;
    private static final List<Duration> SPANS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1),
            Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(7));
    static final String OTHER = "OTHER";

    public Timechart {
        aggregates = List.copyOf(aggregates);
    }

    @Override
    public Rows apply(Rows in) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Row row : in.rows()) {
            if (row.get(Fields.TIME) instanceof Instant t) {
                first = Math.min(first, t.toEpochMilli());
                last = Math.max(last, t.toEpochMilli());
            }
        }
        if (first > last) {
            return Rows.table(List.of(Fields.TIME), List.of(), true);
        }
        long step = chooseSpan(first, last);
        long origin = Math.floorDiv(first, step) * step;
        int buckets = (int) ((last - origin) / step) + 1;
        List<String> series = series(in);
        Map<String, Integer> seriesIndex = new HashMap<>();
        for (int i = 0; i < series.size(); i++) {
            seriesIndex.put(series.get(i), i);
        }
        Aggregate.Accumulator[][] cells = new Aggregate.Accumulator[buckets][];
        for (Row row : in.rows()) {
            if (!(row.get(Fields.TIME) instanceof Instant t)) {
                continue;
            }
            int column = 0;
            if (by != null) {
                Object value = row.get(by);
                if (value == null) {
                    continue;
                }
                Integer at = seriesIndex.get(Values.text(value));
                if (at == null) {
                    at = seriesIndex.get(OTHER);
                }
                if (at == null) {
                    continue;
                }
                column = at;
            }
            int bucket = (int) ((t.toEpochMilli() - origin) / step);
            if (cells[bucket] == null) {
                cells[bucket] = new Aggregate.Accumulator[by == null ? aggregates.size() : series.size()];
            }
            for (int i = 0; i < (by == null ? aggregates.size() : 1); i++) {
                int slot = by == null ? i : column;
                if (cells[bucket][slot] == null) {
                    cells[bucket][slot] = aggregates.get(by == null ? i : 0).start();
                }
                cells[bucket][slot].add(row);
            }
        }
        return table(origin, step, series, cells);
    }

    /** The table of the accumulated {@code cells}, one row a span from {@code origin}. */
    Rows table(long origin, long step, List<String> series, Aggregate.Accumulator[][] cells) {
        int buckets = cells.length;
        List<String> names = by == null ? aggregates.stream().map(Aggregate::column).toList() : series;
        List<Row> out = new ArrayList<>(buckets);
        for (int b = 0; b < buckets; b++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(Fields.TIME, Instant.ofEpochMilli(origin + b * step));
            for (int i = 0; i < names.size(); i++) {
                Aggregate.Accumulator a = cells[b] == null ? null : cells[b][i];
                Aggregate agg = aggregates.get(by == null ? i : 0);
                row.put(names.get(i), a != null ? a.result() : agg.function().equals("count")
                        || agg.function().equals("dc") ? (Object) 0L : null);
            }
            out.add(new Row.TableRow(row));
        }
        List<String> columns = new ArrayList<>();
        columns.add(Fields.TIME);
        columns.addAll(names);
        return Rows.table(columns, out, true);
    }

    long chooseSpan(long first, long last) {
        if (span != null) {
            long step = span.toMillis();
            long rows = (last - Math.floorDiv(first, step) * step) / step + 1;
            if (rows > MAX_ROWS) {
                throw new BadSearchException(spanColumn, "span=" + Spans.text(span) + " makes " + rows
                        + " rows over these events, more than " + MAX_ROWS + "; choose a longer span");
            }
            return step;
        }
        for (Duration d : SPANS) {
            long step = d.toMillis();
            if ((last - Math.floorDiv(first, step) * step) / step + 1 <= 100) {
                return step;
            }
        }
        long step = SPANS.get(SPANS.size() - 1).toMillis();
        long rows = (last - Math.floorDiv(first, step) * step) / step + 1;
        if (rows > MAX_ROWS) {
            throw new BadSearchException(spanColumn, "these events cover " + rows + " weeks; give a span");
        }
        return step;
    }

    /** The by-field's values in order of frequency, the first {@code limit}, then OTHER when any remain. */
    private List<String> series(Rows in) {
        if (by == null) {
            return List.of();
        }
        Map<String, Long> counts = new HashMap<>();
        for (Row row : in.rows()) {
            Object v = row.get(by);
            if (v != null) {
                counts.merge(Values.text(v), 1L, Long::sum);
            }
        }
        return series(counts);
    }

    /** The series of the by-field's values counted in {@code counts} (by their text). */
    List<String> series(Map<String, Long> counts) {
        List<String> ranked = new TreeMap<>(counts).entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(ArrayList::new));
        if (limit > 0 && ranked.size() > limit) {
            ranked = new ArrayList<>(ranked.subList(0, limit));
            ranked.add(OTHER);
        }
        return ranked;
    }

    @Override
    public String print() {
        return "timechart" + (span != null ? " span=" + Spans.text(span) : "") + (limit != 10 ? " limit=" + limit : "")
                + " " + aggregates.stream().map(Aggregate::print).collect(Collectors.joining(" "))
                + (by != null ? " by " + by : "");
    }
}
