package dev.nightshift.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One command of a search's pipeline; each takes time and memory linear in the rows it is given. */
public sealed interface Stage permits Stage.Table, Stage.Sort, Stage.Head, Stage.Dedup, Stats, Top, Timechart {

    Rows apply(Rows in);

    /** How the command reads after its pipe, in canonical form. */
    String print();

    /** {@code table f1 f2}: those columns, one row per input row. */
    record Table(List<String> fields) implements Stage {
        public Table {
            fields = List.copyOf(fields);
        }

        @Override
        public Rows apply(Rows in) {
            List<Row> out = new ArrayList<>(in.rows().size());
            for (Row row : in.rows()) {
                Map<String, Object> cells = new LinkedHashMap<>();
                for (String f : fields) {
                    cells.put(f, row.get(f));
                }
                out.add(new Row.TableRow(cells));
            }
            return Rows.table(fields, out, in.sorted());
        }

        @Override
        public String print() {
            return "table " + String.join(" ", fields);
        }
    }

    /** One key of {@code sort}: a field, descending when written {@code -field}. */
    record SortKey(String field, boolean descending) {
        String print() {
            return (descending ? "-" : "") + field;
        }
    }

    /** {@code sort [N] -f1 +f2}: a stable sort on the keys in turn, the first N rows when N is given (0: all). */
    record Sort(int limit, List<SortKey> keys) implements Stage {
        public Sort {
            keys = List.copyOf(keys);
        }

        @Override
        public Rows apply(Rows in) {
            Comparator<Row> order = null;
            for (SortKey key : keys) {
                Comparator<Row> one = (a, b) -> Values.compare(a.get(key.field()), b.get(key.field()));
                if (key.descending()) {
                    Comparator<Row> ascending = one;
                    one = (a, b) -> descending(ascending, a, b, key.field());
                }
                order = order == null ? one : order.thenComparing(one);
            }
            List<Row> sorted = new ArrayList<>(in.rows());
            sorted.sort(order);
            return in.with(limit > 0 && sorted.size() > limit ? sorted.subList(0, limit) : sorted, true);
        }

        /** Descending, with absent values still last. */
        private static int descending(Comparator<Row> ascending, Row a, Row b, String field) {
            boolean aNull = a.get(field) == null;
            boolean bNull = b.get(field) == null;
            return aNull || bNull ? Boolean.compare(aNull, bNull) : ascending.compare(b, a);
        }

        @Override
        public String print() {
            return "sort " + (limit > 0 ? limit + " " : "") + keys.stream().map(SortKey::print)
                    .collect(Collectors.joining(" "));
        }
    }

    /** {@code head N}: the first N rows (of events, the newest). */
    record Head(int count) implements Stage {
        @Override
        public Rows apply(Rows in) {
            return in.rows().size() <= count ? in : in.with(in.rows().subList(0, count), in.sorted());
        }

        @Override
        public String print() {
            return "head " + count;
        }
    }

    /** {@code dedup f1 f2}: the first row of each combination of values; rows lacking one of them are dropped. */
    record Dedup(List<String> fields) implements Stage {
        public Dedup {
            fields = List.copyOf(fields);
        }

        @Override
        public Rows apply(Rows in) {
            Set<Object> seen = new HashSet<>();
            List<Row> out = new ArrayList<>();
            for (Row row : in.rows()) {
                Object key = Stats.key(row, fields);
                if (key != null && seen.add(key)) {
                    out.add(row);
                }
            }
            return in.with(out, in.sorted());
        }

        @Override
        public String print() {
            return "dedup " + String.join(" ", fields);
        }
    }
}
