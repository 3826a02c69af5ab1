package dev.nightshift.report;

import dev.nightshift.result.ResultFile;
import dev.nightshift.scoring.ScoreCard;
import java.util.Locale;

/**
 * A session's report as Markdown: the session, the total and its parts, for an analyst the verdict confusion matrix
 * and the per-technique results, the score card as text, and every action with its simulated and wall time.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(ResultFile result) {
        ResultFile.Session s = result.session();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(s.scenarioTitle() == null ? s.scenario() : s.scenarioTitle()).append("\n\n");
        out.append("Session ").append(s.id()).append(", `").append(s.scenario()).append("`, ").append(s.role())
                .append(", seed ").append(s.seed()).append(s.variant() == null ? "" : ", variant " + s.variant())
                .append(s.candidate() == null ? "" : ", candidate " + s.candidate()).append(", ").append(s.pace())
                .append(" pace").append(result.signature() == null ? "" : "; signed under `"
                        + result.signature().key() + "`").append(".\n\n");
        out.append("**Total: ").append(result.total()).append(" / 100**\n\n");
        if (result.card() != null) {
            ScoreCard card = result.card();
            out.append("| accuracy | containment | response | fatigue | points off |\n|---:|---:|---:|---:|---:|\n| ")
                    .append(pct(card.accuracyScore())).append(" | ").append(pct(card.containmentScore())).append(" | ")
                    .append(pct(card.responseScore())).append(" | ").append(pct(card.fatigueScore())).append(" | ")
                    .append(card.penalties().points()).append(" |\n\n");
            int[][] counts = ConfusionChart.counts(result.debrief().alerts());
            out.append("## Verdicts against the truth\n\n| truth \\ verdict |");
            ConfusionChart.VERDICTS.forEach(v -> out.append(' ').append(v).append(" |"));
            out.append("\n|---|---:|---:|---:|---:|\n");
            String[] rows = {"attack", "no attack"};
            for (int r = 0; r < 2; r++) {
                out.append("| ").append(rows[r]).append(" |");
                for (int c : counts[r]) {
                    out.append(' ').append(c).append(" |");
                }
                out.append('\n');
            }
            out.append("\n## Per ATT&CK technique\n\n| technique | stage | alerts | result |\n|---|---|---:|---|\n");
            for (ScoreCard.TechniqueResult t : card.techniques()) {
                out.append("| ").append(t.technique()).append(" | ").append(t.stage()).append(" | ").append(t.alerts())
                        .append(" | ").append(Handling.of(t).meaning()).append(" |\n");
            }
            out.append("\n## Score card\n\n```text\n").append(TextReport.render(card)).append("\n```\n");
        } else {
            out.append("## Score card\n\n```text\n").append(EngineerReport.text(result.engineerCard())).append("\n```\n");
        }
        out.append("\n## Actions\n\n| # | simulated time | wall time | action |\n|---:|---|---|---|\n");
        for (ResultFile.Step step : result.actions()) {
            out.append("| ").append(step.seq()).append(" | ").append(HtmlReport.clock(step.simTime())).append(" | ")
                    .append(HtmlReport.clock(step.wallTime())).append(" | `").append(action(step).replace("`", "'")
                            .replace("|", "\\|")).append("` |\n");
        }
        return out.toString();
    }

    /** An action as a trainee would have typed it, roughly: the verb and its arguments, long ones cut short. */
    static String action(ResultFile.Step step) {
        StringBuilder out = new StringBuilder(step.verb());
        for (String arg : step.args()) {
            if (!arg.isEmpty()) {
                out.append(' ').append(arg.length() <= 60 ? arg : arg.substring(0, 59) + "…");
            }
        }
        return out.toString().replace('\n', ' ');
    }

    private static String pct(Double share) {
        return share == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
