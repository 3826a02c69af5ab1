package dev.nightshift.report;

import dev.nightshift.scoring.ScoreCard;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Renders a score card as the text a trainee reads at the end of a shift. */
public final class TextReport {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private TextReport() {
    }

    public static String render(ScoreCard card) {
        StringBuilder out = new StringBuilder();
        line(out, "SCORE CARD  %s  (%s, seed %d)", card.scenarioId(), card.role(), card.seed());
        line(out, "Total: %d / 100", card.total());
        line(out, "  accuracy    %s   containment %s   response %s   fatigue %s", pct(card.accuracyScore()),
                pct(card.containmentScore()), pct(card.responseScore()), pct(card.fatigueScore()));
        ScoreCard.Penalties p = card.penalties();
        if (p.points() > 0) {
            line(out, "  minus %d points: %d needless containment(s), %d escalation(s) of alerts that were no attack%s",
                    p.points(), p.needlessContainments(), p.needlessEscalations(),
                    p.hintsTaken() == 0 ? "" : ", " + p.hintsTaken() + " hint(s)");
        }
        if (p.hintsOffered() > 0) {
            line(out, "  hints: %d of %d taken, %d points off each: %d points", p.hintsTaken(), p.hintsOffered(),
                    p.hintPoints(), p.hintsTaken() * p.hintPoints());
        }
        ending(out, card.ending());
        out.append('\n');
        ScoreCard.Accuracy a = card.accuracy();
        line(out, "Verdicts");
        line(out, "  attack alerts           %d of %d called true-positive after reading them (%.1f%%)",
                Math.round(a.truePositiveRate() * a.attackAlerts()), a.attackAlerts(), 100 * a.truePositiveRate());
        line(out, "  other alerts            %d of %d closed as benign or false-positive after reading them (%.1f%%)",
                a.falsePositivesClosed(), a.nonAttackAlerts(), 100 * a.trueNegativeRate());
        line(out, "  verdicts                %d right of %d given; %d left open; %d given without opening the alert (a guess earns nothing)",
                a.correct(), a.verdicts(), a.openAtEnd(), a.blindVerdicts());
        line(out, "  true-positive calls     precision %.1f%%, recall %.1f%%", 100 * a.precision(), 100 * a.recall());
        out.append('\n');
        line(out, "Response (simulated minutes)");
        ScoreCard.Response r = card.response();
        line(out, "  time to acknowledge     %s (attack alerts acknowledged: %d of %d)",
                r.meanMinutesToAcknowledgeAttacks() == null ? "never"
                        : String.format(Locale.ROOT, "%.1f min on average", r.meanMinutesToAcknowledgeAttacks()),
                r.attackAlertsAcknowledged(), r.attackAlerts());
        for (ScoreCard.Contained c : card.containments()) {
            line(out, "  time to contain         %s %s (%s): %s", c.kind().name().toLowerCase(Locale.ROOT), c.name(),
                    c.stage(), c.minutesToContain() == null ? "not contained" : c.minutesToContain() + " min after its first alert");
        }
        for (ScoreCard.Escalated e : card.escalations()) {
            line(out, "  escalation              %s: wanted %s, %s", e.stage(), e.required().word(),
                    e.given() == null ? "not escalated"
                            : "escalated " + e.given().word() + " after " + e.minutesToEscalate() + " min");
        }
        for (ScoreCard.Waived w : card.waived()) {
            line(out, "  not asked               %s: %s, so it is not held against you", w.what(), w.reason());
        }
        for (ScoreCard.Contained c : card.wrongContainments()) {
            line(out, "  contained needlessly    %s %s", c.kind().name().toLowerCase(Locale.ROOT), c.name());
        }
        if (card.wrongContainmentMinutes() > 0) {
            line(out, "  business impact         %d entity-minutes isolated needlessly", card.wrongContainmentMinutes());
        }
        line(out, "  attack stages           %d completed, %d stopped, of %d (%d could still be prevented after the first attack alert); %d host(s) touched by the attack",
                card.stagesCompleted(), card.stagesStopped(), card.stagesTotal(), r.stagesPreventable(), card.hostsImpacted());
        out.append('\n');
        ScoreCard.Fatigue f = card.fatigue();
        line(out, "Alert fatigue");
        line(out, "  %d alerts in %d queue entries, %.1f entries per hour, %.1f%% false positives, queue age p50 %.0f min / p95 %.0f min, %.1f%% never opened",
                f.alertsFolded(), a.alerts(), f.alertsPerHour(), 100 * f.falsePositiveShare(), f.queueAgeP50Minutes(),
                f.queueAgeP95Minutes(), 100 * f.neverOpenedShare());
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

    private static void ending(StringBuilder out, ScoreCard.Ending e) {
        if (e.minutesEarly() <= 0) {
            line(out, "  You worked the shift to its end at %s.", CLOCK.format(java.time.Instant.parse(e.shiftEnd())));
            return;
        }
        line(out, "  You ended at %s, %d min before the shift's end at %s. Without you: %d alert(s) arrived and stayed unopened (%d of them attack)%s.",
                CLOCK.format(java.time.Instant.parse(e.traineeEndedAt())), e.minutesEarly(),
                CLOCK.format(java.time.Instant.parse(e.shiftEnd())), e.alertsAfter(),
                e.attackAlertsAfter(), e.stagesAfter().isEmpty() ? ""
                        : "; attack stages began: " + String.join(", ", e.stagesAfter()));
    }

    private static String pct(Double share) {
        return share == null ? "  n/a " : String.format(Locale.ROOT, "%5.1f%%", share * 100);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
