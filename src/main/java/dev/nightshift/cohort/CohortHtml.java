package dev.nightshift.cohort;

import java.util.List;
import java.util.Locale;

/**
 * The cohort report as one self-contained HTML page (no script, no font, no image fetched from anywhere): the
 * ranking, a table and an inline SVG histogram per metric, and where each candidate stands.
 */
public final class CohortHtml {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 140;
    private static final int AXIS = 24;

    private CohortHtml() {
    }

    public static String render(CohortStatistics.View view) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Cohort ").append(esc(view.cohort())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#1b1f24}")
                .append("table{border-collapse:collapse;margin:0.5em 0 1.5em}")
                .append("th,td{border:1px solid #c9d1d9;padding:0.25em 0.6em;text-align:right}")
                .append("th:first-child,td:first-child{text-align:left}")
                .append(".metric{display:inline-block;vertical-align:top;margin:0 1.5em 1.5em 0}")
                .append("svg rect.bar{fill:#3572a5}svg text{font-size:10px;fill:#444}\n")
                .append("</style>\n</head>\n<body>\n");
        int n = view.ranking().size();
        out.append("<h1>Cohort ").append(esc(view.cohort())).append("</h1>\n<p>").append(esc(view.scenario()))
                .append(" (").append(esc(view.role())).append("), ").append(n).append(n == 1 ? " candidate" : " candidates")
                .append(". Equal scores share a rank (1, 2, 2, 4). Standing: the share of the other candidates one did"
                        + " better than, a tie counting half. Percentiles interpolate between order statistics (R type 7);"
                        + " sd is the sample standard deviation.</p>\n");
        ranking(out, view);
        out.append("<h2>Metrics</h2>\n");
        for (CohortStatistics.Summary s : view.metrics()) {
            metric(out, s);
        }
        standings(out, view);
        return out.append("</body>\n</html>\n").toString();
    }

    private static void ranking(StringBuilder out, CohortStatistics.View view) {
        out.append("<h2>Ranking by score</h2>\n<table id=\"ranking\">\n<tr><th>candidate</th><th>rank</th><th>score</th>"
                + "<th>variant</th></tr>\n");
        for (CohortStatistics.Candidate c : view.ranking()) {
            out.append("<tr><td>").append(esc(c.entry().candidate())).append("</td><td>").append(c.rank())
                    .append("</td><td>").append(CohortText.number(c.entry().metrics().getOrDefault("score", 0.0)))
                    .append("</td><td>").append(esc(c.entry().variant())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void metric(StringBuilder out, CohortStatistics.Summary s) {
        out.append("<div class=\"metric\" id=\"metric-").append(esc(s.metric().key())).append("\">\n<h3>")
                .append(esc(CohortText.label(s.metric()))).append("</h3>\n");
        histogram(out, s);
        out.append("<table>\n<tr><th>n</th><th>mean</th><th>sd</th><th>min</th>");
        CohortStatistics.PERCENTILES.forEach(p -> out.append("<th>p").append(p).append("</th>"));
        out.append("<th>max</th></tr>\n<tr><td>").append(s.count()).append("</td><td>").append(CohortText.number(s.mean()))
                .append("</td><td>").append(Double.isNaN(s.sd()) ? "-" : CohortText.number(s.sd())).append("</td><td>")
                .append(CohortText.number(s.min())).append("</td>");
        CohortStatistics.PERCENTILES.forEach(p -> out.append("<td>").append(CohortText.number(s.percentiles().get(p)))
                .append("</td>"));
        out.append("<td>").append(CohortText.number(s.max())).append("</td></tr>\n</table>\n</div>\n");
    }

    /** Bars scaled to the tallest, each labelled with its count, the axis with the first and last bounds. */
    private static void histogram(StringBuilder out, CohortStatistics.Summary s) {
        List<CohortStatistics.Bin> bins = s.histogram();
        int tallest = bins.stream().mapToInt(CohortStatistics.Bin::count).max().orElse(1);
        double barWidth = (double) WIDTH / bins.size();
        int plot = HEIGHT - AXIS;
        out.append("<svg class=\"histogram\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"histogram of ")
                .append(esc(s.metric().label())).append("\">\n");
        for (int i = 0; i < bins.size(); i++) {
            CohortStatistics.Bin bin = bins.get(i);
            double h = tallest == 0 ? 0 : (plot - 14) * (double) bin.count() / tallest;
            double x = i * barWidth;
            out.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">"
                            + "<title>%s to %s: %d</title></rect>%n", x + 1, plot - h, barWidth - 2, h,
                    CohortText.number(bin.from()), CohortText.number(bin.to()), bin.count()));
            if (bin.count() > 0) {
                out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>%n",
                        x + barWidth / 2, plot - h - 3, bin.count()));
            }
        }
        out.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>%n", plot,
                WIDTH, plot));
        out.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>%n", HEIGHT - 8,
                CohortText.number(bins.get(0).from())));
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", WIDTH,
                HEIGHT - 8, CohortText.number(bins.get(bins.size() - 1).to())));
        out.append("</svg>\n");
    }

    private static void standings(StringBuilder out, CohortStatistics.View view) {
        out.append("<h2>Where each candidate stands</h2>\n");
        for (CohortStatistics.Candidate c : view.ranking()) {
            out.append("<h3>").append(c.rank()).append(". ").append(esc(c.entry().candidate())).append("</h3>\n")
                    .append("<table class=\"standing\">\n<tr><th>metric</th><th>value</th><th>z-score</th><th>rank</th>"
                            + "<th>better than</th></tr>\n");
            for (CohortStatistics.Standing s : c.standings()) {
                out.append("<tr><td>").append(esc(CohortText.label(s.metric()))).append("</td><td>")
                        .append(CohortText.number(s.value())).append("</td><td>").append(CohortText.z(s.z()))
                        .append("</td><td>").append(s.rank()).append("</td><td>").append(CohortText.percent(s.standing()))
                        .append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
