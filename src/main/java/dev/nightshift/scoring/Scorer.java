package dev.nightshift.scoring;

import dev.nightshift.scoring.ScoreCard.Contained;
import dev.nightshift.scoring.ScoreCard.Escalated;
import dev.nightshift.scoring.ShiftOutcome.AlertOutcome;
import dev.nightshift.scoring.ShiftOutcome.ContainmentOutcome;
import dev.nightshift.scoring.ShiftOutcome.RequiredContainment;
import dev.nightshift.scoring.ShiftOutcome.RequiredEscalation;
import dev.nightshift.scoring.ShiftOutcome.StageOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores a finished shift as DESIGN.md defines it. Components, each 0 to 1: accuracy (right verdicts over all
 * alerts, open ones count as wrong); containment (each required entity: 1 when contained within 30 minutes of the
 * first attack event, falling linearly to 0.5 at 120 minutes, 0 when never; minus 0.1 per wrong containment);
 * response (mean of escalations given at the required severity or above, attack alerts acknowledged within 10
 * minutes falling to 0 at 60, and the share of attack stages that did not complete); fatigue (share of alerts
 * the trainee acted on). The total is the weighted sum, rounded.
 */
public final class Scorer {

    static final double CONTAIN_FULL_MINUTES = 30;
    static final double CONTAIN_HALF_MINUTES = 120;
    static final double ACK_FULL_MINUTES = 10;
    static final double ACK_ZERO_MINUTES = 60;
    static final double WRONG_CONTAINMENT_PENALTY = 0.1;

    private Scorer() {
    }

    public static ScoreCard score(ShiftOutcome outcome) {
        List<AlertOutcome> alerts = outcome.alerts();
        ScoreCard.Accuracy accuracy = accuracy(alerts);
        Optional<Instant> firstAttack = outcome.stages().stream()
                .map(StageOutcome::firstEvent).filter(Objects::nonNull).min(Comparator.naturalOrder());

        List<Contained> contained = new ArrayList<>();
        double containSum = 0;
        for (RequiredContainment required : outcome.requiredContainments()) {
            Long minutes = containedAt(outcome.containments(), required)
                    .map(at -> minutesBetween(firstAttack.orElse(outcome.start()), at))
                    .orElse(null);
            contained.add(new Contained(required.stage(), required.kind(), required.name(), minutes));
            containSum += minutes == null ? 0 : linear(minutes, CONTAIN_FULL_MINUTES, CONTAIN_HALF_MINUTES, 1, 0.5);
        }
        List<Contained> wrong = new ArrayList<>();
        long wrongMinutes = 0;
        for (ContainmentOutcome c : outcome.containments()) {
            boolean required = outcome.requiredContainments().stream().anyMatch(r -> sameEntity(r, c));
            boolean attacker = outcome.stages().stream().anyMatch(s -> c.name().equalsIgnoreCase(s.entities().get(c.kind())));
            if (!required && !attacker) {
                Instant until = c.until() == null ? outcome.endedAt() : c.until();
                wrong.add(new Contained(null, c.kind(), c.name(), null));
                wrongMinutes += minutesBetween(c.from(), until);
            }
        }
        double containmentScore = clamp((outcome.requiredContainments().isEmpty() ? 1
                : containSum / outcome.requiredContainments().size()) - WRONG_CONTAINMENT_PENALTY * wrong.size());

        List<Escalated> escalations = escalations(outcome);
        double escalationScore = escalations.isEmpty() ? 1 : escalations.stream()
                .mapToDouble(e -> e.given() == null ? 0 : e.given().compareTo(e.required()) >= 0 ? 1 : 0.5)
                .average().orElse(1);
        ScoreCard.Response response = response(alerts);
        long attackAlerts = alerts.stream().filter(AlertOutcome::attack).count();
        double ackScore = attackAlerts == 0 ? 1 : alerts.stream().filter(AlertOutcome::attack)
                .mapToDouble(a -> a.firstActionAt() == null ? 0
                        : linear(minutesBetween(a.raisedAt(), a.firstActionAt()), ACK_FULL_MINUTES, ACK_ZERO_MINUTES, 1, 0))
                .average().orElse(1);
        int completed = (int) outcome.stages().stream().filter(s -> "DONE".equals(s.status())).count();
        int stopped = (int) outcome.stages().stream().filter(s -> "STOPPED".equals(s.status())).count();
        double damageScore = outcome.stages().isEmpty() ? 1 : 1 - (double) completed / outcome.stages().size();
        double responseScore = (escalationScore + ackScore + damageScore) / 3;

        ScoreCard.Fatigue fatigue = Fatigue.of(outcome);
        double fatigueScore = alerts.isEmpty() ? 1 : 1 - fatigue.neverOpenedShare();

        ShiftOutcome.Weights w = outcome.weights();
        double weighted = w.accuracy() * scoreOf(accuracy) + w.containment() * containmentScore
                + w.response() * responseScore + w.fatigue() * fatigueScore;
        return new ScoreCard(outcome.scenarioId(), outcome.role(), outcome.seed(), (int) Math.round(weighted),
                scoreOf(accuracy), containmentScore, responseScore, fatigueScore, accuracy, response, fatigue,
                contained, escalations, wrong, wrongMinutes, completed, stopped, outcome.stages().size(),
                (int) outcome.stages().stream().flatMap(s -> s.hosts().stream()).distinct().count(),
                Techniques.of(outcome));
    }

    private static ScoreCard.Accuracy accuracy(List<AlertOutcome> alerts) {
        int verdicts = 0;
        int correct = 0;
        int calledTp = 0;
        int calledTpRight = 0;
        int attacks = 0;
        int fpClosed = 0;
        int nonAttack = 0;
        for (AlertOutcome a : alerts) {
            attacks += a.attack() ? 1 : 0;
            nonAttack += a.attack() ? 0 : 1;
            if (a.verdict() == null) {
                continue;
            }
            verdicts++;
            boolean right = a.verdict().isRightFor(a.attack());
            correct += right ? 1 : 0;
            if (a.verdict() == Verdict.TRUE_POSITIVE) {
                calledTp++;
                calledTpRight += a.attack() ? 1 : 0;
            } else if (right) {
                fpClosed++;
            }
        }
        double accuracy = alerts.isEmpty() ? 1 : (double) correct / alerts.size();
        double precision = calledTp == 0 ? (attacks == 0 ? 1 : 0) : (double) calledTpRight / calledTp;
        double recall = attacks == 0 ? 1 : (double) calledTpRight / attacks;
        return new ScoreCard.Accuracy(alerts.size(), verdicts, correct, accuracy, precision, recall, fpClosed,
                nonAttack, alerts.size() - verdicts);
    }

    private static double scoreOf(ScoreCard.Accuracy accuracy) {
        return accuracy.accuracy();
    }

    private static ScoreCard.Response response(List<AlertOutcome> alerts) {
        List<AlertOutcome> attack = alerts.stream().filter(AlertOutcome::attack).toList();
        List<AlertOutcome> acked = attack.stream().filter(a -> a.firstActionAt() != null).toList();
        Double mean = acked.isEmpty() ? null : acked.stream()
                .mapToLong(a -> minutesBetween(a.raisedAt(), a.firstActionAt())).average().orElse(0);
        return new ScoreCard.Response(mean, attack.size(), acked.size());
    }

    private static List<Escalated> escalations(ShiftOutcome outcome) {
        List<Escalated> result = new ArrayList<>();
        for (RequiredEscalation required : outcome.requiredEscalations()) {
            Optional<AlertOutcome> best = outcome.alerts().stream()
                    .filter(a -> a.stages().contains(required.stage()) && a.escalation() != null)
                    .max(Comparator.comparing(AlertOutcome::escalation)
                            .thenComparing(AlertOutcome::escalatedAt, Comparator.reverseOrder()));
            result.add(new Escalated(required.stage(), required.severity(),
                    best.map(AlertOutcome::escalation).orElse(null),
                    best.map(a -> minutesBetween(a.raisedAt(), a.escalatedAt())).orElse(null)));
        }
        return result;
    }

    private static Optional<Instant> containedAt(List<ContainmentOutcome> containments, RequiredContainment required) {
        return containments.stream().filter(c -> sameEntity(required, c))
                .map(ContainmentOutcome::from).min(Comparator.naturalOrder());
    }

    private static boolean sameEntity(RequiredContainment r, ContainmentOutcome c) {
        return r.kind() == c.kind() && r.name().equalsIgnoreCase(c.name());
    }

    static long minutesBetween(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMinutes());
    }

    /** {@code atBest} up to {@code full} minutes, falling linearly to {@code atWorst} at {@code worst} minutes. */
    private static double linear(double minutes, double full, double worst, double atBest, double atWorst) {
        if (minutes <= full) {
            return atBest;
        }
        if (minutes >= worst) {
            return atWorst;
        }
        return atBest + (atWorst - atBest) * (minutes - full) / (worst - full);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
