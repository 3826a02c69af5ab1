package dev.nightshift.scenario;

import java.time.Duration;
import java.util.Objects;

/**
 * How a stage spreads once it has run on its first host: every {@code every}, to {@code hosts} more hosts of
 * {@code role} (workstations unless named), up to {@code limit} hosts in all, for as long as it is not stopped.
 */
public record Spread(Duration every, int hosts, int limit, HostRole role) implements java.io.Serializable {

    public Spread {
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(role, "role");
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("spread.every must be positive");
        }
        if (hosts < 1 || hosts > 100) {
            throw new IllegalArgumentException("spread.hosts must be between 1 and 100, got " + hosts);
        }
        if (limit < 2 || limit > 1000) {
            throw new IllegalArgumentException("spread.limit must be between 2 and 1000, got " + limit);
        }
    }
}
