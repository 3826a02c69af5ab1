package dev.nightshift.scoring;

import java.util.List;

/**
 * The security engineer's score card, from 0 to 100 by the scenario's engineer weights: five components (each 0 to
 * 1, or null when the held-out week gave it nothing to measure, its weight then going to the others), the points
 * they earned, points off for broad exclusions, and what lies behind them: per rule before and after on the
 * held-out week, every change with its hygiene, and every held-out attack event that a change hid.
 */
public record EngineerCard(String scenarioId, String role, long seed, int total, List<Component> components,
                           Penalties penalties, Week heldOut, List<RuleLine> rules, List<Change> changes,
                           List<Hidden> hidden) {

    public EngineerCard {
        if (total < 0 || total > 100) {
            throw new IllegalArgumentException("total score must be 0..100, got " + total);
        }
        components = List.copyOf(components);
        rules = List.copyOf(rules);
        changes = List.copyOf(changes);
        hidden = List.copyOf(hidden);
    }

    /** One part of the card: its weight, its score (null: not measured), the points it earned and how. */
    public record Component(String name, int weight, Double score, double points, String detail) {
    }

    /** Points off: each broad exclusion or disabled rule costs {@code pointsEach}, at most {@code cap} in all. */
    public record Penalties(int broadChanges, int pointsEach, int cap, int points) {
    }

    /** The held-out week: when it ran, how many events, stage instances and alerts before and after. */
    public record Week(String from, String to, long events, int stageInstances, int caughtBefore, int caughtAfter,
                       int keptFromBefore, int alertsBefore, int alertsAfter, int falsePositivesBefore,
                       int falsePositivesAfter, double analystHoursSaved) {
    }

    /** One rule on the held-out week before and after the change set. */
    public record RuleLine(String ruleId, String title, String state, int alertsBefore, int alertsAfter,
                           int falsePositivesBefore, int falsePositivesAfter, int stagesBefore, int stagesAfter) {
    }

    /**
     * One change that hygiene judges: an exclusion (a filter document) or a disabled rule, with its owner, reason
     * and expiry (ISO date, null: none), whether the expiry is acceptable, how broad it is, and its hygiene 0 to 1.
     */
    public record Change(String kind, String id, String rule, String owner, String reason, String expires,
                         boolean expiryOk, boolean broad, String breadth, double hygiene) {
    }

    /** A held-out attack event the original pack alerted on and the deployed one no longer does. */
    public record Hidden(String time, String host, String user, String stage, String technique, String rule,
                         String ruleState) {
    }
}
