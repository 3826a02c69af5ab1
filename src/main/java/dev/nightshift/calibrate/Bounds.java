package dev.nightshift.calibrate;

import java.util.Map;

/**
 * The bound each player's score is held to on every seed (docs/scoring.md): a ceiling for the players who must not
 * win, a floor for the expert and the oracle; and for everyone, at most {@link #MAX_SD} points of standard deviation.
 */
record Bounds(Integer atMost, Integer atLeast, double maxSd) {

    static final double MAX_SD = 3.0;
    /**
     * An engineer's card is graded on a held-out week with a few attack instances, so one instance more or less
     * caught moves it further than a verdict moves the analyst's.
     */
    static final double MAX_SD_ENGINEER = 8.0;

    Bounds(Integer atMost, Integer atLeast) {
        this(atMost, atLeast, MAX_SD);
    }

    private static final Map<String, Bounds> BY_PLAYER = Map.ofEntries(
            Map.entry("engineer:deploys-nothing", new Bounds(30, null, MAX_SD_ENGINEER)),
            Map.entry("engineer:disables-every-rule", new Bounds(30, null, MAX_SD_ENGINEER)),
            Map.entry("engineer:excludes-last-weeks-attackers", new Bounds(60, null, MAX_SD_ENGINEER)),
            Map.entry("engineer:solution", new Bounds(null, 90, MAX_SD_ENGINEER)),
            Map.entry("does-nothing", new Bounds(10, null)),
            Map.entry("ends-at-once", new Bounds(10, null)),
            Map.entry("every-alert-benign", new Bounds(25, null)),
            Map.entry("every-alert-true-positive", new Bounds(35, null)),
            Map.entry("random-verdicts", new Bounds(25, null)),
            Map.entry("contains-everything", new Bounds(30, null)),
            Map.entry("escalates-everything-critical", new Bounds(25, null)),
            Map.entry("expert", new Bounds(null, 85)),
            Map.entry("oracle", new Bounds(null, 95)));

    static Bounds of(String player) {
        Bounds bounds = BY_PLAYER.get(player);
        if (bounds == null) {
            throw new IllegalArgumentException("no bounds for player " + player);
        }
        return bounds;
    }

    boolean holds(int score) {
        return (atMost == null || score <= atMost) && (atLeast == null || score >= atLeast);
    }

    String text() {
        return atMost != null ? "<= " + atMost : ">= " + atLeast;
    }
}
