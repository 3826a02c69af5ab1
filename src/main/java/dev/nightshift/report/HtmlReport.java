package dev.nightshift.report;

import dev.nightshift.result.ResultFile;
import dev.nightshift.scoring.EngineerCard;
import dev.nightshift.scoring.ScoreCard;
import java.util.Locale;

/**
 * A session's report as one self-contained HTML page: no script, no font, no image or style sheet from anywhere, only
 * inline CSS and SVG. An analyst's page draws four charts from the result (the timeline of the attack against the
 * trainee's actions, the queue over the shift, the verdict confusion matrix, the ATT&CK matrix); an engineer's page
 * shows the card's components and rules. Then the card as text and every action with its times.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:1240px;\
            color:#222;padding:0 16px}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd}
            .sub{color:#555;margin:0 0 16px}.total{font-size:32px;font-weight:600}
            table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;\
            vertical-align:top}th{background:#f5f5f5}td.n{text-align:right}
            svg{width:100%;height:auto;display:block;margin:8px 0;font-family:system-ui,sans-serif}
            svg .label{font-size:12px;fill:#333}svg .tick{font-size:10px;fill:#666}svg .note{font-size:10px;fill:#555}
            svg .grid{stroke:#eee}svg .axis{stroke:#999}svg .ended{stroke:#333;stroke-dasharray:4 3}
            svg .count{font-size:20px;font-weight:600;fill:#222}svg .tactic{font-size:9.5px;font-weight:600;fill:#333}
            svg .cell-id{font-size:10px;font-weight:600;fill:#111}svg .cell{font-size:8.5px;fill:#111}
            svg .series-open{fill:none;stroke:#2166ac;stroke-width:2}svg .series-age{fill:none;stroke:#d6604d;\
            stroke-width:1.5;stroke-dasharray:5 2}
            pre{background:#f8f8f8;padding:10px;overflow-x:auto;font-size:12px}
            """;

    private HtmlReport() {
    }

    public static String render(ResultFile result) {
        ResultFile.Session s = result.session();
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        out.append("<title>").append(Svg.esc("nightshift report: " + s.id() + " " + s.scenario())).append("</title>\n");
        out.append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<h1>").append(Svg.esc(s.scenarioTitle() == null ? s.scenario() : s.scenarioTitle())).append("</h1>\n");
        out.append("<p class=\"sub\">").append(Svg.esc("Session " + s.id() + ", " + s.scenario() + ", " + s.role()
                + ", seed " + s.seed() + (s.variant() == null ? "" : ", variant " + s.variant())
                + (s.candidate() == null ? "" : ", candidate " + s.candidate()) + ", " + s.pace() + " pace"
                + (result.signature() == null ? "" : "; signed under " + result.signature().key()))).append("</p>\n");
        out.append("<p><span class=\"total\" id=\"total\">").append(result.total()).append(" / 100</span></p>\n");
        if (result.card() != null) {
            analyst(out, result);
        } else {
            engineer(out, result.engineerCard());
        }
        out.append("<h2>Actions</h2>\n<table id=\"actions\"><tr><th>#</th><th>simulated time</th><th>wall time</th>"
                + "<th>action</th></tr>\n");
        for (ResultFile.Step step : result.actions()) {
            out.append("<tr><td class=\"n\">").append(step.seq()).append("</td><td>").append(Svg.esc(clock(step.simTime())))
                    .append("</td><td>").append(Svg.esc(clock(step.wallTime()))).append("</td><td>")
                    .append(Svg.esc(MarkdownReport.action(step))).append("</td></tr>\n");
        }
        out.append("</table>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void analyst(StringBuilder out, ResultFile result) {
        ScoreCard card = result.card();
        out.append("<table id=\"components\"><tr><th>accuracy</th><th>containment</th><th>response</th><th>fatigue</th>"
                + "<th>points off</th></tr><tr>");
        for (Double share : new Double[] {card.accuracyScore(), card.containmentScore(), card.responseScore(),
                card.fatigueScore()}) {
            out.append("<td class=\"n\">").append(share == null ? "n/a"
                    : String.format(Locale.ROOT, "%.1f%%", 100 * share)).append("</td>");
        }
        out.append("<td class=\"n\">").append(card.penalties().points()).append("</td></tr></table>\n");
        ResultFile.Debrief d = result.debrief();
        out.append("<h2>The attack against your actions</h2>\n").append(TimelineChart.svg(result)).append('\n');
        out.append("<h2>The queue over the shift (fatigue)</h2>\n").append(QueueChart.svg(d)).append('\n');
        out.append("<h2>Verdicts against the truth</h2>\n").append(ConfusionChart.svg(d)).append('\n');
        out.append("<h2>Per technique, on the ATT&amp;CK matrix</h2>\n").append(AttackMatrixChart.svg(card.techniques()))
                .append('\n');
        out.append("<h2>Score card</h2>\n<pre>").append(Svg.esc(TextReport.render(card))).append("</pre>\n");
    }

    private static void engineer(StringBuilder out, EngineerCard card) {
        out.append("<h2>Components</h2>\n<table id=\"components\"><tr><th>component</th><th>weight</th><th>score</th>"
                + "<th>points</th><th>how</th></tr>\n");
        for (EngineerCard.Component c : card.components()) {
            out.append("<tr><td>").append(Svg.esc(c.name())).append("</td><td class=\"n\">").append(c.weight())
                    .append("</td><td class=\"n\">").append(c.score() == null ? "n/a"
                            : String.format(Locale.ROOT, "%.2f", c.score())).append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%.1f", c.points())).append("</td><td>")
                    .append(Svg.esc(c.detail())).append("</td></tr>\n");
        }
        out.append("</table>\n<h2>Score card</h2>\n<pre>").append(Svg.esc(EngineerReport.text(card))).append("</pre>\n");
    }

    static String clock(String instant) {
        return instant == null ? "" : instant.replace('T', ' ').replaceAll("(\\.\\d+)?Z$", "");
    }
}
