package dev.nightshift.calibrate;

import java.util.Map;

/**
 * The bound each player's score is held to on every seed (docs/scoring.md): a ceiling for the players who must not
 * win, a floor for the expert and the oracle; and for everyone, at most {@link #MAX_SD} points of standard deviation.
 */
record Bounds(Integer atMost, Integer atLeast) {

    static final double MAX_SD = 3.0;

    private static final Map<String, Bounds> BY_PLAYER = Map.of(
            "does-nothing", new Bounds(10, null),
            "ends-at-once", new Bounds(10, null),
            "every-alert-benign", new Bounds(25, null),
            "every-alert-true-positive", new Bounds(35, null),
            "random-verdicts", new Bounds(25, null),
            "contains-everything", new Bounds(30, null),
            "escalates-everything-critical", new Bounds(25, null),
            "expert", new Bounds(null, 85),
            "oracle", new Bounds(null, 95));

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
