package dev.nightshift.scoring;

import dev.nightshift.scenario.EntityKind;
import java.util.List;

/**
 * The result of a shift: a total from 0 to 100 built from the scenario's weights, the four component
 * scores (each 0 to 1) and the measurements behind them. Minutes are simulated minutes.
 */
public record ScoreCard(String scenarioId, String role, long seed, int total,
                        double accuracyScore, double containmentScore, double responseScore, double fatigueScore,
                        Accuracy accuracy, Response response, Fatigue fatigue,
                        List<Contained> containments, List<Escalated> escalations, List<Contained> wrongContainments,
                        long wrongContainmentMinutes, int stagesCompleted, int stagesStopped, int stagesTotal, int hostsImpacted,
                        List<TechniqueResult> techniques) {

    public ScoreCard {
        if (total < 0 || total > 100) {
            throw new IllegalArgumentException("total score must be 0..100, got " + total);
        }
        containments = List.copyOf(containments);
        escalations = List.copyOf(escalations);
        wrongContainments = List.copyOf(wrongContainments);
        techniques = List.copyOf(techniques);
    }

    /** Verdicts: how many alerts, how many right, true-positive precision and recall, false positives closed. */
    public record Accuracy(int alerts, int verdicts, int correct, double accuracy, double precision, double recall,
                           int falsePositivesClosed, int nonAttackAlerts, int openAtEnd) {
    }

    /** Response: mean time to acknowledge attack alerts (null when none was acknowledged). */
    public record Response(Double meanMinutesToAcknowledgeAttacks, int attackAlerts, int attackAlertsAcknowledged) {
    }

    /** Alert fatigue: alerts per simulated hour, false-positive share, queue age p50/p95, share never opened. */
    public record Fatigue(double alertsPerHour, double falsePositiveShare, double queueAgeP50Minutes,
                          double queueAgeP95Minutes, double neverOpenedShare) {
    }

    /** An entity of the answer key (or a wrong one) and the minutes from the first attack event to its containment. */
    public record Contained(String stage, EntityKind kind, String name, Long minutesToContain) {
    }

    /** An escalation the answer key asks for and what the trainee gave (null: not escalated). */
    public record Escalated(String stage, Severity required, Severity given, Long minutesToEscalate) {
    }

    /** Per ATT&CK technique of the attack: did a rule catch it, was it called right, how did the stage end. */
    public record TechniqueResult(String technique, String stage, int alerts, boolean calledTruePositive,
                                  String stageStatus) {
    }
}
