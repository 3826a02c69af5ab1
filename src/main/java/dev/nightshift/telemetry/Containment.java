package dev.nightshift.telemetry;

import dev.nightshift.scenario.EntityKind;

/** What the defenders have contained so far, as the attack stages see it when they are about to act. */
@FunctionalInterface
public interface Containment {

    /** No entity contained: the attack runs its whole course. */
    Containment NONE = (kind, name) -> false;

    /** Whether the entity of {@code kind} named {@code name} (case-insensitive) is contained now. */
    boolean isContained(EntityKind kind, String name);
}
