package dev.nightshift.detection;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The number a correlation's condition judges, measured over the hits of one group's window: a count of events,
 * of distinct values or of distinct rules, or the sum, average or percentile of a numeric field. Values that are
 * not numbers (nor decimal texts) are left out of sums, averages and percentiles; with none left, the measure is NaN,
 * which no condition accepts.
 */
final class WindowMeasure {

    private WindowMeasure() {
    }

    static double of(CorrelationSpec spec, FieldPath field, Collection<CorrelationHit> hits) {
        return switch (spec.type()) {
            case EVENT_COUNT -> hits.size();
            case VALUE_COUNT -> distinct(field, hits);
            case TEMPORAL, TEMPORAL_ORDERED -> hits.stream().mapToInt(CorrelationHit::rule).distinct().count();
            case VALUE_SUM -> sum(numbers(field, hits));
            case VALUE_AVG -> {
                double[] values = numbers(field, hits);
                yield values.length == 0 ? Double.NaN : sum(values) / values.length;
            }
            case VALUE_PERCENTILE -> percentile(numbers(field, hits), spec.percentile());
            case IMPOSSIBLE_TRAVEL -> throw new IllegalStateException("impossible travel is measured per pair");
        };
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p} percent of the values at or below. */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static long distinct(FieldPath field, Collection<CorrelationHit> hits) {
        Set<String> values = new HashSet<>();
        for (CorrelationHit hit : hits) {
            Object value = field.get(hit.event());
            if (value != null) {
                values.add(value.toString());
            }
        }
        return values.size();
    }

    private static double[] numbers(FieldPath field, Collection<CorrelationHit> hits) {
        double[] values = new double[hits.size()];
        int count = 0;
        for (CorrelationHit hit : hits) {
            double value = number(field.get(hit.event()));
            if (!Double.isNaN(value)) {
                values[count++] = value;
            }
        }
        return Arrays.copyOf(values, count);
    }

    static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }
}
