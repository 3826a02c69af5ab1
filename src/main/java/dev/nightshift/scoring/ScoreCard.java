package dev.nightshift.scoring;

import dev.nightshift.scenario.EntityKind;
import java.util.List;

/**
 * The result of a shift: a total from 0 to 100 built from the scenario's weights, the four component scores (each
 * 0 to 1, or null when the shift gave the component nothing to measure, its weight then going to the others), the
 * points taken off for over-reaction, and the measurements behind them. Minutes are simulated minutes.
 */
public record ScoreCard(String scenarioId, String role, long seed, int total,
                        Double accuracyScore, Double containmentScore, Double responseScore, Double fatigueScore,
                        Accuracy accuracy, Response response, Fatigue fatigue,
                        List<Contained> containments, List<Escalated> escalations, List<Contained> wrongContainments,
                        long wrongContainmentMinutes, int stagesCompleted, int stagesStopped, int stagesTotal, int hostsImpacted,
                        List<TechniqueResult> techniques, Penalties penalties, Ending ending, List<Waived> waived) {

    public ScoreCard {
        if (total < 0 || total > 100) {
            throw new IllegalArgumentException("total score must be 0..100, got " + total);
        }
        containments = List.copyOf(containments);
        escalations = List.copyOf(escalations);
        wrongContainments = List.copyOf(wrongContainments);
        techniques = List.copyOf(techniques);
        waived = List.copyOf(waived);
    }

    /**
     * Verdicts, judged per class so that a constant answer earns nothing: the share of attack alerts called
     * true-positive (true-positive rate) and of the other alerts closed as benign or false-positive (true-negative
     * rate), each counting only verdicts given after reading the alert; {@code informedness} is their sum minus one.
     */
    public record Accuracy(int alerts, int attackAlerts, int nonAttackAlerts, int verdicts, int blindVerdicts,
                           int correct, double truePositiveRate, double trueNegativeRate,
                           double informedness, double precision, double recall, int falsePositivesClosed,
                           int openAtEnd) {
    }

    /** Response: mean time to acknowledge attack alerts (null when none was acknowledged) and the damage measure. */
    public record Response(Double meanMinutesToAcknowledgeAttacks, int attackAlerts, int attackAlertsAcknowledged,
                           Double escalationScore, Double acknowledgeScore, Double preventionScore,
                           int stagesPreventable) {
    }

    /** Alert fatigue: alerts per simulated hour, false-positive share, queue age p50/p95, share never opened. */
    public record Fatigue(double alertsPerHour, double falsePositiveShare, double queueAgeP50Minutes,
                          double queueAgeP95Minutes, double neverOpenedShare, int alertsFolded) {
    }

    /** An entity of the answer key (or a wrong one) and the minutes from the first alert showing its stage to its containment. */
    public record Contained(String stage, EntityKind kind, String name, Long minutesToContain) {
    }

    /** An escalation the answer key asks for and what the trainee gave (null: not escalated). */
    public record Escalated(String stage, Severity required, Severity given, Long minutesToEscalate) {
    }

    /** Per ATT&CK technique of the attack: did a rule catch it, was it called right, how did the stage end. */
    public record TechniqueResult(String technique, String stage, int alerts, boolean calledTruePositive,
                                  String stageStatus) {
    }

    /**
     * Points off the total: for over-reaction (needless containments and escalations of alerts that were no attack)
     * and for the hints taken, of the hints the session offered (none in an assessment), at {@code hintPoints} each.
     */
    public record Penalties(int needlessContainments, int needlessEscalations, int hintsTaken, int hintsOffered,
                            int hintPoints, int points) {
    }

    /**
     * When the trainee ended and what the shift did without them: alerts that arrived afterwards (never opened),
     * how many of them were attack alerts, and the attack stages that began afterwards. Times are ISO-8601 UTC.
     */
    public record Ending(String traineeEndedAt, String shiftEnd, long minutesEarly, int alertsAfter,
                         int attackAlertsAfter, List<String> stagesAfter) {
        public Ending {
            stagesAfter = List.copyOf(stagesAfter);
        }
    }

    /** What the answer key asks for that no alert made possible, and why it is not held against the trainee. */
    public record Waived(String stage, String what, String reason) {
    }
}
