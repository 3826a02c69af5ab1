package dev.nightshift.search;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * One statistic of {@code stats} or {@code timechart}: {@code count}, {@code count(f)}, {@code dc(f)},
 * {@code values(f)}, {@code min(f)}, {@code max(f)}, {@code avg(f)} or {@code sum(f)}, optionally renamed with
 * {@code as}.
 */
public record Aggregate(String function, String field, String as) {

    static final Set<String> FUNCTIONS = Set.of("count", "dc", "values", "min", "max", "avg", "sum");

    /** The column it fills: its {@code as} name, or {@code count}, or {@code fn(field)}. */
    public String column() {
        return as != null ? as : field == null ? function : function + "(" + field + ")";
    }

    String print() {
        String call = field == null ? function : function + "(" + field + ")";
        return as == null ? call : call + " as " + Expr.quoteIfNeeded(as);
    }

    Accumulator start() {
        return new Accumulator(this);
    }

    /** The running value of one statistic over one group; memory at most the group's distinct values. */
    static final class Accumulator {

        private final Aggregate of;
        private long count;
        private double sum;
        private long numbers;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;
        private String minText;
        private String maxText;
        private Set<String> distinct;

        private Accumulator(Aggregate of) {
            this.of = of;
            if (of.function.equals("dc")) {
                distinct = new HashSet<>();
            } else if (of.function.equals("values")) {
                distinct = new TreeSet<>(Values.ORDER);
            }
        }

        void add(Row row) {
            if (of.field == null) {
                count++;
                return;
            }
            Object value = row.get(of.field);
            if (value == null) {
                return;
            }
            count++;
            if (distinct != null) {
                distinct.add(Values.text(value));
                return;
            }
            double n = Values.number(value);
            if (!Double.isNaN(n)) {
                numbers++;
                sum += n;
                min = Math.min(min, n);
                max = Math.max(max, n);
            } else {
                String text = Values.text(value);
                minText = minText == null || Values.compare(text, minText) < 0 ? text : minText;
                maxText = maxText == null || Values.compare(text, maxText) > 0 ? text : maxText;
            }
        }

        Object result() {
            return switch (of.function) {
                case "count" -> count;
                case "dc" -> (long) distinct.size();
                case "values" -> java.util.List.copyOf(distinct);
                case "sum" -> numbers == 0 ? null : (Object) sum;
                case "avg" -> numbers == 0 ? null : (Object) (sum / numbers);
                case "min" -> numbers > 0 ? (Object) min : minText;
                case "max" -> numbers > 0 ? (Object) max : maxText;
                default -> throw new IllegalStateException("unknown statistic " + of.function);
            };
        }
    }
}
