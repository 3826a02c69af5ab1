package dev.nightshift.report;

import dev.nightshift.scoring.ScoreCard;
import java.util.Locale;

/** Renders a score card as the text a trainee reads at the end of a shift. */
public final class TextReport {

    private TextReport() {
    }

    public static String render(ScoreCard card) {
        StringBuilder out = new StringBuilder();
        line(out, "SCORE CARD  %s  (%s, seed %d)", card.scenarioId(), card.role(), card.seed());
        line(out, "Total: %d / 100", card.total());
        line(out, "  accuracy     %5.1f%%   containment %5.1f%%   response %5.1f%%   fatigue %5.1f%%",
                pct(card.accuracyScore()), pct(card.containmentScore()), pct(card.responseScore()),
                pct(card.fatigueScore()));
        out.append('\n');
        ScoreCard.Accuracy a = card.accuracy();
        line(out, "Verdicts");
        line(out, "  verdict accuracy        %d of %d alerts right (%.1f%%); %d left open", a.correct(), a.alerts(),
                pct(a.accuracy()), a.openAtEnd());
        line(out, "  true-positive calls     precision %.1f%%, recall %.1f%%", pct(a.precision()), pct(a.recall()));
        line(out, "  false positives closed  %d of %d", a.falsePositivesClosed(), a.nonAttackAlerts());
        out.append('\n');
        line(out, "Response (simulated minutes)");
        ScoreCard.Response r = card.response();
        line(out, "  time to acknowledge     %s (attack alerts acknowledged: %d of %d)",
                r.meanMinutesToAcknowledgeAttacks() == null ? "never"
                        : String.format(Locale.ROOT, "%.1f min on average", r.meanMinutesToAcknowledgeAttacks()),
                r.attackAlertsAcknowledged(), r.attackAlerts());
        for (ScoreCard.Contained c : card.containments()) {
            line(out, "  time to contain         %s %s (%s): %s", c.kind().name().toLowerCase(Locale.ROOT), c.name(),
                    c.stage(), c.minutesToContain() == null ? "not contained" : c.minutesToContain() + " min");
        }
        for (ScoreCard.Escalated e : card.escalations()) {
            line(out, "  escalation              %s: wanted %s, %s", e.stage(), e.required().word(),
                    e.given() == null ? "not escalated"
                            : "escalated " + e.given().word() + " after " + e.minutesToEscalate() + " min");
        }
        for (ScoreCard.Contained c : card.wrongContainments()) {
            line(out, "  contained needlessly    %s %s", c.kind().name().toLowerCase(Locale.ROOT), c.name());
        }
        if (card.wrongContainmentMinutes() > 0) {
            line(out, "  business impact         %d entity-minutes isolated needlessly", card.wrongContainmentMinutes());
        }
        line(out, "  attack stages           %d completed, %d stopped, of %d; %d host(s) touched by the attack",
                card.stagesCompleted(), card.stagesStopped(), card.stagesTotal(), card.hostsImpacted());
        out.append('\n');
        ScoreCard.Fatigue f = card.fatigue();
        line(out, "Alert fatigue");
        line(out, "  %.1f alerts per hour, %.1f%% false positives, queue age p50 %.0f min / p95 %.0f min, %.1f%% never opened",
                f.alertsPerHour(), pct(f.falsePositiveShare()), f.queueAgeP50Minutes(), f.queueAgeP95Minutes(),
                pct(f.neverOpenedShare()));
        if (!card.techniques().isEmpty()) {
            out.append('\n');
            line(out, "Per ATT&CK technique");
            for (ScoreCard.TechniqueResult t : card.techniques()) {
                line(out, "  %-10s %-16s %2d alert(s)  %-22s stage %s", t.technique(), t.stage(), t.alerts(),
                        t.calledTruePositive() ? "called true-positive" : "not called", t.stageStatus().toLowerCase(Locale.ROOT));
            }
        }
        return out.toString().stripTrailing();
    }

    private static double pct(double share) {
        return share * 100;
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
