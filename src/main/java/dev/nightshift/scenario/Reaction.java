package dev.nightshift.scenario;

import java.time.Duration;
import java.util.Objects;

/**
 * How the attacker reacts when a stage is stopped by containing one of its entities: after {@code after} it comes
 * back with another entity of the same kind (another external address for an ip, another stolen account for a
 * user) and plays the stage again, at most {@code times} times; then the containment holds.
 */
public record Reaction(Duration after, int times) implements java.io.Serializable {

    public Reaction {
        Objects.requireNonNull(after, "after");
        if (after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("on_contained.after must be positive");
        }
        if (times < 1 || times > 10) {
            throw new IllegalArgumentException("on_contained.times must be between 1 and 10, got " + times);
        }
    }
}
