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
        private IntSet keys;

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
            if (value != null) {
                add(value, null, distinct != null ? Double.NaN : Values.number(value));
            }
        }

        /** Whether the statistic counts or lists distinct values ({@code dc}, {@code values}). */
        boolean distinct() {
            return distinct != null;
        }

        /**
         * Adds a value of a distinct statistic by its key (a number standing for its text, the same for the same
         * text): the text is read only the first time its key comes.
         */
        void addDistinct(int key, String text) {
            count++;
            if (keys == null) {
                keys = new IntSet();
            }
            if (keys.add(key)) {
                distinct.add(text);
            }
        }

        /** Counts one row (the statistic has no field). */
        void count() {
            count++;
        }

        /**
         * Adds a row's value of the field, not null: {@code text} is {@link Values#text} of it or null to work it
         * out, {@code number} is {@link Values#number} of it (any value for dc and values, which do not read it).
         */
        void add(Object value, String text, double number) {
            count++;
            if (distinct != null) {
                distinct.add(text != null ? text : Values.text(value));
                return;
            }
            if (!Double.isNaN(number)) {
                numbers++;
                sum += number;
                min = Math.min(min, number);
                max = Math.max(max, number);
            } else {
                String t = text != null ? text : Values.text(value);
                minText = minText == null || Values.compare(t, minText) < 0 ? t : minText;
                maxText = maxText == null || Values.compare(t, maxText) > 0 ? t : maxText;
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
