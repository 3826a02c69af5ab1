package dev.nightshift.scoring;

import dev.nightshift.scoring.ScoreCard.Escalated;
import dev.nightshift.scoring.ShiftOutcome.AlertOutcome;
import dev.nightshift.scoring.ShiftOutcome.RequiredEscalation;
import dev.nightshift.scoring.ShiftOutcome.StageOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The response component: escalations against the answer key, acknowledgement of attack alerts, stages prevented. */
final class Reaction {

    private Reaction() {
    }

    static ScoreCard.Response response(ShiftOutcome outcome) {
        List<AlertOutcome> attack = outcome.alerts().stream().filter(AlertOutcome::attack).toList();
        List<AlertOutcome> acked = attack.stream().filter(a -> a.firstActionAt() != null).toList();
        Double mean = acked.isEmpty() ? null : acked.stream()
                .mapToLong(a -> Scorer.minutesBetween(since(a), a.firstActionAt())).average().orElse(0);
        List<Escalated> escalations = escalations(outcome);
        Double escalationScore = escalations.isEmpty() ? null
                : escalations.stream().mapToDouble(e -> severityCredit(e.required(), e.given())).average().orElse(0);
        Double ackScore = attack.isEmpty() ? null : attack.stream()
                .mapToDouble(a -> a.firstActionAt() == null ? 0 : Scorer.linear(
                        Scorer.minutesBetween(since(a), a.firstActionAt()),
                        Scorer.ACK_FULL_MINUTES, Scorer.ACK_ZERO_MINUTES, 1, 0))
                .average().orElse(0);
        Optional<Instant> firstAlert = attack.stream().map(Reaction::since).min(Comparator.naturalOrder());
        List<StageOutcome> preventable = outcome.stages().stream()
                .filter(s -> "STOPPED".equals(s.status()) || firstAlert.isPresent() && s.firstEvent() != null
                        && s.firstEvent().isAfter(firstAlert.get().plus(Scorer.REACTION_TIME)))
                .toList();
        Double prevention = preventable.isEmpty() ? null
                : (double) preventable.stream().filter(s -> "STOPPED".equals(s.status())).count() / preventable.size();
        return new ScoreCard.Response(mean, attack.size(), acked.size(), escalationScore, ackScore, prevention,
                preventable.size());
    }

    /**
     * Credit for an escalation: 1 at the required severity, a quarter less per level above it (paging the
     * incident team at 3 am for a medium costs them), half for one level below, nothing further below or when none.
     */
    static double severityCredit(Severity required, Severity given) {
        if (given == null) {
            return 0;
        }
        int diff = given.compareTo(required);
        return diff >= 0 ? 1 - 0.25 * diff : diff == -1 ? 0.5 : 0;
    }

    static List<Escalated> escalations(ShiftOutcome outcome) {
        List<Escalated> result = new ArrayList<>();
        for (RequiredEscalation required : outcome.requiredEscalations()) {
            Optional<AlertOutcome> best = outcome.alerts().stream()
                    .filter(a -> a.stages().contains(required.stage()) && a.escalation() != null)
                    .max(Comparator.comparingDouble((AlertOutcome a) -> severityCredit(required.severity(), a.escalation()))
                            .thenComparing(AlertOutcome::escalatedAt, Comparator.reverseOrder()));
            result.add(new Escalated(required.stage(), required.severity(),
                    best.map(AlertOutcome::escalation).orElse(null),
                    best.map(a -> Scorer.minutesBetween(since(a), a.escalatedAt())).orElse(null)));
        }
        return result;
    }

    /** When an attack alert became one: the first alert in the entry that held an attack event. */
    private static Instant since(AlertOutcome a) {
        return a.attackSince() == null ? a.raisedAt() : a.attackSince();
    }
}
