package dev.nightshift.game;

import dev.nightshift.scoring.ShiftOutcome.ContainmentOutcome;
import dev.nightshift.telemetry.Containment;
import dev.nightshift.scenario.EntityKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The hosts isolated, users disabled and IPs blocked during a shift, with when each began and ended. */
final class ContainmentState implements Containment, java.io.Serializable {

    private final List<ContainmentOutcome> history = new ArrayList<>();

    @Override
    public boolean isContained(EntityKind kind, String name) {
        return active(kind, name) >= 0;
    }

    boolean contain(EntityKind kind, String name, Instant at) {
        if (isContained(kind, name)) {
            return false;
        }
        history.add(new ContainmentOutcome(kind, name.toLowerCase(Locale.ROOT), at, null));
        return true;
    }

    boolean release(EntityKind kind, String name, Instant at) {
        int i = active(kind, name);
        if (i < 0) {
            return false;
        }
        ContainmentOutcome c = history.get(i);
        history.set(i, new ContainmentOutcome(c.kind(), c.name(), c.from(), at));
        return true;
    }

    /** Every containment, in the order they were made, released ones included. */
    List<ContainmentOutcome> history() {
        return List.copyOf(history);
    }

    List<ContainmentOutcome> active() {
        return history.stream().filter(c -> c.until() == null).toList();
    }

    private int active(EntityKind kind, String name) {
        for (int i = 0; i < history.size(); i++) {
            ContainmentOutcome c = history.get(i);
            if (c.kind() == kind && c.until() == null && c.name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
