package dev.nightshift.game;

import java.util.List;

/**
 * The scenario's hints, shown one at a time: each costs points on the score card (see docs/scoring.md), and an
 * assessment's session has none.
 */
final class Hints implements java.io.Serializable {

    private final List<String> all;
    private boolean allowed = true;
    private int taken;

    Hints(List<String> all) {
        this.all = List.copyOf(all);
    }

    /** The next hint of scenario {@code scenarioId}; refused when hints are off or all are shown. */
    String next(String scenarioId) {
        if (!allowed) {
            throw GameException.refused("hints are off in this session (an assessment): the shift is yours alone");
        }
        if (taken >= all.size()) {
            throw GameException.refused(all.isEmpty() ? "scenario " + scenarioId + " has no hints"
                    : "that was the last hint: all " + all.size() + " are shown");
        }
        return all.get(taken++);
    }

    int taken() {
        return taken;
    }

    int total() {
        return all.size();
    }

    boolean allowed() {
        return allowed;
    }

    void disable() {
        allowed = false;
    }
}
