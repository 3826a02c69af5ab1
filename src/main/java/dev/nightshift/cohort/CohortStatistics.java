package dev.nightshift.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * A cohort compared, metric by metric: the distribution (mean, sample standard deviation, range, the 10th to 90th
 * percentiles by linear interpolation between order statistics, R's type 7, and a histogram), each candidate's
 * z-score, rank and standing, and the ranking by score. Ranks are standard competition ranks: equal values share a
 * rank and the next rank skips (1, 2, 2, 4). A candidate's standing on a metric is the share of the other candidates
 * they did better than, a tie counting half (100 = better than everyone, in the metric's own direction).
 */
public final class CohortStatistics {

    /** The percentiles a report shows. */
    public static final List<Integer> PERCENTILES = List.of(10, 25, 50, 75, 90);

    private CohortStatistics() {
    }

    /** One histogram bar: values from {@code from} up to {@code to} (the last bar includes {@code to}). */
    public record Bin(double from, double to, int count) {
    }

    /** A metric's distribution over the candidates whose card measured it; {@code sd} is NaN below two values. */
    public record Summary(Metric metric, int count, double mean, double sd, double min, double max,
                          Map<Integer, Double> percentiles, List<Bin> histogram) {
        public Summary {
            percentiles = Map.copyOf(percentiles);
            histogram = List.copyOf(histogram);
        }
    }

    /** Where one candidate stands on one metric; z and standing are null when there is nobody to compare with. */
    public record Standing(Metric metric, double value, Double z, int rank, Double standing) {
    }

    /** A candidate's place in the ranking by score, and where they stand on every metric their card measured. */
    public record Candidate(int rank, CohortEntry entry, List<Standing> standings) {
        public Candidate {
            standings = List.copyOf(standings);
        }
    }

    /** The whole comparison: the metrics' distributions, and the candidates in ranking order (ties by name). */
    public record View(String cohort, String scenario, String role, List<Summary> metrics, List<Candidate> ranking) {
        public View {
            metrics = List.copyOf(metrics);
            ranking = List.copyOf(ranking);
        }
    }

    public static View of(String cohort, List<CohortEntry> entries) {
        if (entries.isEmpty()) {
            throw CohortException.failed("cohort " + cohort + " has no results yet; import them with: cohort import"
                    + " --cohort " + cohort + " RESULT...");
        }
        Set<String> keys = new LinkedHashSet<>();
        entries.stream().flatMap(e -> e.metrics().keySet().stream())
                .sorted(Comparator.comparingInt(Metric::order).thenComparing(Comparator.naturalOrder()))
                .forEach(keys::add);
        List<Summary> summaries = new ArrayList<>();
        Map<String, List<Standing>> standings = new LinkedHashMap<>();
        entries.forEach(e -> standings.put(e.candidate(), new ArrayList<>()));
        for (String key : keys) {
            Metric metric = Metric.of(key);
            List<CohortEntry> measured = entries.stream().filter(e -> e.metrics().containsKey(key)).toList();
            double[] values = measured.stream().mapToDouble(e -> e.metrics().get(key)).toArray();
            Summary summary = summary(metric, values);
            summaries.add(summary);
            for (CohortEntry e : measured) {
                double value = e.metrics().get(key);
                standings.get(e.candidate()).add(new Standing(metric, value, z(value, summary), rank(value, values,
                        metric.higherIsBetter()), standing(value, values, metric.higherIsBetter())));
            }
        }
        double[] scores = entries.stream().mapToDouble(score()).toArray();
        List<Candidate> ranking = entries.stream()
                .map(e -> new Candidate(rank(score().applyAsDouble(e), scores, true), e, standings.get(e.candidate())))
                .sorted(Comparator.comparingInt(Candidate::rank).thenComparing(c -> c.entry().candidate()))
                .toList();
        return new View(cohort, entries.get(0).scenario(), entries.get(0).role(), summaries, ranking);
    }

    private static ToDoubleFunction<CohortEntry> score() {
        return e -> e.metrics().getOrDefault("score", 0.0);
    }

    static Summary summary(Metric metric, double[] values) {
        DescriptiveStatistics stats = new DescriptiveStatistics(values);
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(values);
        Map<Integer, Double> percentiles = new LinkedHashMap<>();
        for (int p : PERCENTILES) {
            percentiles.put(p, percentile.evaluate(p));
        }
        return new Summary(metric, values.length, stats.getMean(),
                values.length < 2 ? Double.NaN : stats.getStandardDeviation(), stats.getMin(), stats.getMax(),
                percentiles, histogram(metric, values, stats.getMin(), stats.getMax()));
    }

    /**
     * Ten bars of ten points for a metric on 0 to 100; otherwise Sturges' rule (1 + log2 n bars) over the range.
     */
    static List<Bin> histogram(Metric metric, double[] values, double min, double max) {
        boolean hundred = metric.unit().equals("of 100") || metric.key().equals("score");
        double from = hundred ? 0 : min;
        double to = hundred ? 100 : max;
        int bars = hundred ? 10 : (int) Math.ceil(Math.log(values.length) / Math.log(2)) + 1;
        if (to <= from) {
            return List.of(new Bin(from, to, values.length));
        }
        double width = (to - from) / bars;
        int[] counts = new int[bars];
        for (double v : values) {
            counts[Math.max(0, Math.min(bars - 1, (int) Math.floor((v - from) / width)))]++;
        }
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < bars; i++) {
            bins.add(new Bin(from + i * width, i == bars - 1 ? to : from + (i + 1) * width, counts[i]));
        }
        return bins;
    }

    static Double z(double value, Summary summary) {
        return summary.count() < 2 || summary.sd() == 0 ? null : (value - summary.mean()) / summary.sd();
    }

    /** Standard competition rank: one more than the number of values strictly better. */
    static int rank(double value, double[] values, boolean higherIsBetter) {
        int better = 0;
        for (double v : values) {
            if (higherIsBetter ? v > value : v < value) {
                better++;
            }
        }
        return better + 1;
    }

    static Double standing(double value, double[] values, boolean higherIsBetter) {
        if (values.length < 2) {
            return null;
        }
        double beaten = 0;
        boolean self = false;
        for (double v : values) {
            if (v == value && !self) {
                self = true; // the candidate's own value
            } else if (v == value) {
                beaten += 0.5;
            } else if (higherIsBetter ? v < value : v > value) {
                beaten++;
            }
        }
        return 100.0 * beaten / (values.length - 1);
    }
}
