package dev.nightshift.scoring;

import dev.nightshift.scoring.ScoreCard.Contained;
import dev.nightshift.scoring.ShiftOutcome.AlertOutcome;
import dev.nightshift.scoring.ShiftOutcome.ContainmentOutcome;
import dev.nightshift.scoring.ShiftOutcome.RequiredContainment;
import dev.nightshift.scoring.ShiftOutcome.StageOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Scores a finished shift as docs/scoring.md defines it. Four components, each 0 to 1 or not measured:
 * <ul>
 *   <li>accuracy: informedness of the verdicts, true-positive rate + true-negative rate - 1 (0 for any constant or
 *   random answer), counting only verdicts given after reading the alert;</li>
 *   <li>containment: each required entity 1 when contained within 30 minutes of the first alert showing its stage,
 *   falling to 0.5 at 120, 0 when never; minus 0.1 per needless containment;</li>
 *   <li>response: the mean of escalations at the required severity, attack alerts acknowledged within 10 minutes
 *   (0 at 60), and the share of the preventable attack stages that were stopped;</li>
 *   <li>fatigue: the share of alerts worked (read and closed), full within 30 minutes of arriving, half at 120.</li>
 * </ul>
 * The total is the weighted mean of the measured components times 100, minus points for needless containments and
 * escalations and {@value #HINT_POINTS} per hint taken, rounded and kept within 0..100.
 */
public final class Scorer {

    static final double CONTAIN_FULL_MINUTES = 30;
    static final double CONTAIN_HALF_MINUTES = 120;
    static final double ACK_FULL_MINUTES = 10;
    static final double ACK_ZERO_MINUTES = 60;
    static final double WORK_FULL_MINUTES = 30;
    static final double WORK_HALF_MINUTES = 120;
    static final double WRONG_CONTAINMENT_SHARE = 0.25;
    static final int WRONG_CONTAINMENT_POINTS = 5;
    static final int WRONG_ESCALATION_POINTS = 2;
    static final int PENALTY_CAP = 30;
    /** Points off the total per hint taken: uncapped, so hints never pay for a player who would score without them. */
    public static final int HINT_POINTS = 3;
    /** A stage beginning within this long of the first attack alert could not have been prevented by anyone. */
    static final Duration REACTION_TIME = Duration.ofMinutes(15);

    private Scorer() {
    }

    public static ScoreCard score(ShiftOutcome outcome) {
        List<AlertOutcome> alerts = outcome.alerts();
        ScoreCard.Accuracy accuracy = Verdicts.accuracy(alerts);
        Double accuracyScore = alerts.isEmpty() ? null
                : accuracy.attackAlerts() == 0 ? accuracy.trueNegativeRate()
                : accuracy.nonAttackAlerts() == 0 ? accuracy.truePositiveRate() : Math.max(0, accuracy.informedness());

        List<Contained> contained = new ArrayList<>();
        double containSum = 0;
        for (RequiredContainment required : outcome.requiredContainments()) {
            Instant shown = firstShown(alerts, required.stage()).orElse(outcome.start());
            Long minutes = containedAt(outcome.containments(), required).map(at -> minutesBetween(shown, at)).orElse(null);
            contained.add(new Contained(required.stage(), required.kind(), required.name(), minutes));
            containSum += minutes == null ? 0 : linear(minutes, CONTAIN_FULL_MINUTES, CONTAIN_HALF_MINUTES, 1, 0.5);
        }
        List<Contained> wrong = new ArrayList<>();
        long wrongMinutes = 0;
        for (ContainmentOutcome c : outcome.containments()) {
            boolean required = outcome.requiredContainments().stream().anyMatch(r -> sameEntity(r, c));
            boolean attacker = outcome.attackerEntities().contains(ShiftOutcome.entityKey(c.kind(), c.name()));
            if (!required && !attacker) {
                Instant until = c.until() == null ? outcome.endedAt() : c.until();
                wrong.add(new Contained(null, c.kind(), c.name(), null));
                wrongMinutes += minutesBetween(c.from(), until);
            }
        }
        Double containmentScore = outcome.requiredContainments().isEmpty() ? null
                : clamp(containSum / outcome.requiredContainments().size() - WRONG_CONTAINMENT_SHARE * wrong.size());

        ScoreCard.Response response = Reaction.response(outcome);
        Double responseScore = mean(response.escalationScore(), response.acknowledgeScore(), response.preventionScore());

        ScoreCard.Fatigue fatigue = Fatigue.of(outcome);
        Double fatigueScore = alerts.isEmpty() ? null : alerts.stream()
                .mapToDouble(a -> a.worked() ? linear(minutesBetween(a.raisedAt(), a.firstActionAt()),
                        WORK_FULL_MINUTES, WORK_HALF_MINUTES, 1, 0.5) : 0)
                .average().orElse(0);

        int needlessEscalations = (int) alerts.stream().filter(a -> !a.attack() && a.escalation() != null).count();
        int points = Math.min(PENALTY_CAP, WRONG_CONTAINMENT_POINTS * wrong.size())
                + Math.min(PENALTY_CAP, WRONG_ESCALATION_POINTS * needlessEscalations)
                + HINT_POINTS * outcome.hintsTaken();
        ScoreCard.Penalties penalties = new ScoreCard.Penalties(wrong.size(), needlessEscalations,
                outcome.hintsTaken(), outcome.hintsOffered(), HINT_POINTS, points);

        ShiftOutcome.Weights w = outcome.weights();
        double weighted = 0;
        double weights = 0;
        double[][] parts = {{w.accuracy(), value(accuracyScore)}, {w.containment(), value(containmentScore)},
                {w.response(), value(responseScore)}, {w.fatigue(), value(fatigueScore)}};
        for (double[] part : parts) {
            if (!Double.isNaN(part[1])) {
                weighted += part[0] * part[1];
                weights += part[0];
            }
        }
        double base = weights == 0 ? 100 : 100 * weighted / weights;
        int total = (int) Math.max(0, Math.min(100, Math.round(base - points)));
        int completed = (int) outcome.stages().stream().filter(s -> "DONE".equals(s.status())).count();
        int stopped = (int) outcome.stages().stream().filter(s -> "STOPPED".equals(s.status())).count();
        return new ScoreCard(outcome.scenarioId(), outcome.role(), outcome.seed(), total,
                accuracyScore, containmentScore, responseScore, fatigueScore, accuracy, response, fatigue,
                contained, Reaction.escalations(outcome), wrong, wrongMinutes, completed, stopped,
                outcome.stages().size(),
                (int) outcome.stages().stream().flatMap(s -> s.hosts().stream()).distinct().count(),
                Techniques.of(outcome), penalties, ending(outcome),
                outcome.waived().stream().map(v -> new ScoreCard.Waived(v.stage(), v.what(), v.reason())).toList());
    }

    private static ScoreCard.Ending ending(ShiftOutcome outcome) {
        Instant ended = outcome.traineeEndedAt();
        List<AlertOutcome> after = outcome.alerts().stream().filter(a -> a.raisedAt().isAfter(ended)).toList();
        List<String> stagesAfter = outcome.stages().stream()
                .filter(s -> s.firstEvent() != null && s.firstEvent().isAfter(ended)).map(StageOutcome::id).toList();
        return new ScoreCard.Ending(ended.toString(), outcome.end().toString(), minutesBetween(ended, outcome.end()), after.size(),
                (int) after.stream().filter(AlertOutcome::attack).count(), stagesAfter);
    }

    /** When the first alert showing the stage's events reached the queue. */
    static Optional<Instant> firstShown(List<AlertOutcome> alerts, String stage) {
        return alerts.stream().filter(a -> a.stages().contains(stage))
                .map(a -> a.attackSince() == null ? a.raisedAt() : a.attackSince()).min(Comparator.naturalOrder());
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
    static double linear(double minutes, double full, double worst, double atBest, double atWorst) {
        if (minutes <= full) {
            return atBest;
        }
        if (minutes >= worst) {
            return atWorst;
        }
        return atBest + (atWorst - atBest) * (minutes - full) / (worst - full);
    }

    /** The mean of the parts that were measured; null when none was. */
    static Double mean(Double... parts) {
        double sum = 0;
        int n = 0;
        for (Double part : parts) {
            if (part != null) {
                sum += part;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    private static double value(Double score) {
        return score == null ? Double.NaN : score;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
