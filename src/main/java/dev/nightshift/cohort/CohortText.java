package dev.nightshift.cohort;

import java.util.Locale;

/** The cohort report as plain text: the ranking, each metric's distribution, and where each candidate stands. */
public final class CohortText {

    private CohortText() {
    }

    public static String render(CohortStatistics.View view) {
        StringBuilder out = new StringBuilder();
        int n = view.ranking().size();
        out.append("Cohort ").append(view.cohort()).append(": ").append(view.scenario()).append(" (").append(view.role())
                .append("), ").append(n).append(n == 1 ? " candidate" : " candidates").append("\n\n");
        out.append("Ranking by score (equal scores share a rank)\n");
        out.append(String.format(Locale.ROOT, "  %-5s %-24s %6s  %s%n", "rank", "candidate", "score", "variant"));
        for (CohortStatistics.Candidate c : view.ranking()) {
            out.append(String.format(Locale.ROOT, "  %-5d %-24s %6s  %s%n", c.rank(), c.entry().candidate(),
                    number(c.entry().metrics().getOrDefault("score", 0.0)), c.entry().variant()));
        }
        out.append("\nMetrics (sd: sample standard deviation; percentiles interpolated, R type 7)\n");
        out.append(String.format(Locale.ROOT, "  %-54s %3s %7s %7s %7s", "metric", "n", "mean", "sd", "min"));
        for (int p : CohortStatistics.PERCENTILES) {
            out.append(String.format(Locale.ROOT, " %7s", "p" + p));
        }
        out.append(String.format(Locale.ROOT, " %7s%n", "max"));
        for (CohortStatistics.Summary s : view.metrics()) {
            out.append(String.format(Locale.ROOT, "  %-54s %3d %7s %7s %7s", label(s.metric()), s.count(),
                    number(s.mean()), Double.isNaN(s.sd()) ? "-" : number(s.sd()), number(s.min())));
            for (int p : CohortStatistics.PERCENTILES) {
                out.append(String.format(Locale.ROOT, " %7s", number(s.percentiles().get(p))));
            }
            out.append(String.format(Locale.ROOT, " %7s%n", number(s.max())));
        }
        out.append("\nWhere each candidate stands (z-score; rank on the metric; better than this share of the others,"
                + " a tie counting half)\n");
        for (CohortStatistics.Candidate c : view.ranking()) {
            out.append("  ").append(c.rank()).append(". ").append(c.entry().candidate()).append('\n');
            for (CohortStatistics.Standing s : c.standings()) {
                out.append(String.format(Locale.ROOT, "       %-54s %7s  z %6s  rank %d  better than %s%n",
                        label(s.metric()), number(s.value()), z(s.z()), s.rank(), percent(s.standing())));
            }
        }
        return out.toString().stripTrailing();
    }

    static String label(Metric metric) {
        return metric.label() + " (" + metric.unit() + (metric.higherIsBetter() ? "" : ", less is better") + ")";
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String z(Double z) {
        return z == null ? "-" : String.format(Locale.ROOT, "%+.2f", z);
    }

    static String percent(Double share) {
        return share == null ? "-" : String.format(Locale.ROOT, "%.0f%%", share);
    }
}
