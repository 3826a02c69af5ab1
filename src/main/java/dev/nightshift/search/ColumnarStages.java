package dev.nightshift.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first pipe command of a search run on the index's columns instead of each event's fields: {@code stats},
 * {@code top}/{@code rare} and {@code timechart} over the matched events count by the dictionary ids of their
 * values, reading each distinct value once. Each gives the very table the command gives over the events (the same
 * groups met in the same order, the same first values, the same sums added in the same order), or null when the
 * index cannot tell the command's fields as the events hold them and the command runs on the events.
 */
final class ColumnarStages {

    private final LogStore store;
    private final int[] rows;
    private final Map<String, FieldValues> fields = new HashMap<>();

    private ColumnarStages(LogStore store, int[] rows) {
        this.store = store;
        this.rows = rows;
    }

    /** {@code stage} over the events at {@code rows} (positions, newest first), or null to run it on the events. */
    static Rows apply(Stage stage, LogStore store, int[] rows) {
        ColumnarStages c = new ColumnarStages(store, rows);
        if (stage instanceof Stats s) {
            return c.stats(s);
        }
        if (stage instanceof Top t) {
            return c.top(t);
        }
        if (stage instanceof Timechart t && rows.length > 0 && store.exactMillis()) {
            return c.timechart(t);
        }
        return null;
    }

    private FieldValues field(String name) {
        return fields.computeIfAbsent(name, n -> FieldValues.of(store, n, rows));
    }

    /** The fields' values, or null when one of them cannot be read from the index. */
    private FieldValues[] fields(List<String> names) {
        FieldValues[] out = new FieldValues[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = field(names.get(i));
            if (out[i] == null) {
                return null;
            }
        }
        return out;
    }

    /** The statistics' fields (null for a plain count), or null when one cannot be read from the index. */
    private FieldValues[] aggregateFields(List<Aggregate> aggregates) {
        FieldValues[] out = new FieldValues[aggregates.size()];
        for (int i = 0; i < out.length; i++) {
            String f = aggregates.get(i).field();
            if (f != null && (out[i] = field(f)) == null) {
                return null;
            }
        }
        return out;
    }

    private Rows stats(Stats stats) {
        FieldValues[] by = fields(stats.by());
        FieldValues[] of = aggregateFields(stats.aggregates());
        if (by == null || of == null) {
            return null;
        }
        Groups groups = new Groups(by);
        List<Stats.Group> made = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            int g = groups.of(r);
            if (g < 0) {
                continue;
            }
            if (g == made.size()) {
                made.add(stats.start(groups.firstValues(r)));
            }
            accumulate(made.get(g).accumulators(), of, r, of.length);
        }
        // the same keys put the same way in the same order: the map iterates as the command's own (ties keep it)
        Map<Object, Stats.Group> keyed = new HashMap<>();
        for (int g = 0; g < made.size(); g++) {
            keyed.put(groups.key(g), made.get(g));
        }
        return stats.table(keyed);
    }

    private static void accumulate(Aggregate.Accumulator[] into, FieldValues[] of, int r, int n) {
        for (int i = 0; i < n; i++) {
            accumulate(into[i], of[i], r);
        }
    }

    private static void accumulate(Aggregate.Accumulator a, FieldValues of, int r) {
        if (of == null) {
            a.count();
            return;
        }
        FieldValues.Cell cell = of.at(r);
        if (cell != null && a.distinct()) {
            a.addDistinct(cell.key(), cell.text());
        } else if (cell != null) {
            a.add(cell.raw(), cell.text(), cell.number());
        }
    }

    private Rows top(Top top) {
        FieldValues[] by = fields(top.fields());
        if (by == null) {
            return null;
        }
        Groups groups = new Groups(by);
        List<Top.Tally> made = new ArrayList<>();
        long[] counts = new long[16];
        for (int r = 0; r < rows.length; r++) {
            int g = groups.of(r);
            if (g < 0) {
                continue;
            }
            if (g == made.size()) {
                made.add(new Top.Tally(groups.firstValues(r)));
                if (g == counts.length) {
                    counts = Arrays.copyOf(counts, g * 2);
                }
            }
            counts[g]++;
        }
        // the same keys put the same way in the same order: the map iterates as the command's own (ties keep it)
        Map<Object, Top.Tally> keyed = new HashMap<>();
        for (int g = 0; g < made.size(); g++) {
            Top.Tally tally = made.get(g);
            tally.add(counts[g]);
            keyed.computeIfAbsent(groups.key(g), k -> tally);
        }
        return top.ranked(keyed, rows.length);
    }

    private Rows timechart(Timechart chart) {
        FieldValues by = chart.by() == null ? null : field(chart.by());
        FieldValues[] of = aggregateFields(chart.aggregates());
        if (chart.by() != null && by == null || of == null) {
            return null;
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int p : rows) {
            long t = store.time(p);
            first = Math.min(first, t);
            last = Math.max(last, t);
        }
        long step = chart.chooseSpan(first, last);
        long origin = Math.floorDiv(first, step) * step;
        int buckets = (int) ((last - origin) / step) + 1;
        List<String> series = List.of();
        int[] column = null;
        if (by != null) {
            long[] counts = new long[16];
            List<String> texts = new ArrayList<>();
            for (int r = 0; r < rows.length; r++) {
                FieldValues.Cell cell = by.at(r);
                if (cell != null) {
                    if (cell.key() == texts.size()) {
                        texts.add(cell.text());
                        counts = texts.size() > counts.length ? Arrays.copyOf(counts, counts.length * 2) : counts;
                    }
                    counts[cell.key()]++;
                }
            }
            Map<String, Long> byText = new HashMap<>();
            for (int k = 0; k < texts.size(); k++) {
                byText.put(texts.get(k), counts[k]);
            }
            series = chart.series(byText);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < series.size(); i++) {
                index.put(series.get(i), i);
            }
            Integer other = index.get(Timechart.OTHER);
            column = new int[texts.size()];
            for (int k = 0; k < texts.size(); k++) {
                column[k] = index.getOrDefault(texts.get(k), other == null ? -1 : other);
            }
        }
        int width = by == null ? chart.aggregates().size() : series.size();
        Aggregate.Accumulator[][] cells = new Aggregate.Accumulator[buckets][];
        for (int r = 0; r < rows.length; r++) {
            int slot = 0;
            if (by != null) {
                FieldValues.Cell cell = by.at(r);
                if (cell == null || (slot = column[cell.key()]) < 0) {
                    continue;
                }
            }
            int bucket = (int) ((store.time(rows[r]) - origin) / step);
            Aggregate.Accumulator[] line = cells[bucket];
            if (line == null) {
                line = new Aggregate.Accumulator[width];
                cells[bucket] = line;
            }
            for (int i = 0; i < (by == null ? width : 1); i++) {
                int at = by == null ? i : slot;
                if (line[at] == null) {
                    line[at] = chart.aggregates().get(by == null ? i : 0).start();
                }
                accumulate(line[at], of[by == null ? i : 0], r);
            }
        }
        return chart.table(origin, step, series, cells);
    }

    /**
     * Groups rows by the texts of some fields' values, numbering the groups in the order their first row comes:
     * the grouping {@link Stats#key} makes, on the fields' keys.
     */
    private static final class Groups {
        private final FieldValues[] by;
        private int[] single = new int[16];
        private final Map<List<Integer>, Integer> multi = new HashMap<>();
        private final List<List<String>> texts = new ArrayList<>();
        private int count;

        Groups(FieldValues[] by) {
            this.by = by;
            Arrays.fill(single, -1);
        }

        /** The group of row {@code r} (numbered from 0 as they are met), or -1 when it lacks one of the fields. */
        int of(int r) {
            if (by.length == 0) {
                if (count == 0) {
                    count = 1;
                    texts.add(List.of());
                }
                return 0;
            }
            if (by.length == 1) {
                FieldValues.Cell cell = by[0].at(r);
                if (cell == null) {
                    return -1;
                }
                int k = cell.key();
                if (k >= single.length) {
                    int old = single.length;
                    single = Arrays.copyOf(single, Math.max(k + 1, old * 2));
                    Arrays.fill(single, old, single.length, -1);
                }
                if (single[k] < 0) {
                    single[k] = count++;
                    texts.add(List.of(cell.text()));
                }
                return single[k];
            }
            List<Integer> key = new ArrayList<>(by.length);
            List<String> text = new ArrayList<>(by.length);
            for (FieldValues f : by) {
                FieldValues.Cell cell = f.at(r);
                if (cell == null) {
                    return -1;
                }
                key.add(cell.key());
                text.add(cell.text());
            }
            Integer g = multi.get(key);
            if (g == null) {
                g = count++;
                multi.put(key, g);
                texts.add(text);
            }
            return g;
        }

        /** The values of the fields on row {@code r}, as the events hold them. */
        List<Object> firstValues(int r) {
            List<Object> values = new ArrayList<>(by.length);
            for (FieldValues f : by) {
                values.add(f.at(r).raw());
            }
            return values;
        }

        /** Group {@code g}'s key as {@link Stats#key} makes it: one field's text, or the list of the texts. */
        Object key(int g) {
            List<String> t = texts.get(g);
            return by.length == 1 ? t.get(0) : new ArrayList<>(t);
        }
    }
}
