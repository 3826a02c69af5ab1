package dev.nightshift.store;

import java.util.Objects;

/**
 * A stored session: what it plays (scenario id or path, role, seed, pace, candidate), whether it has ended, and for a
 * real-time session the wall-clock millisecond it began (null at manual pace), and whether the trainee may ask for
 * hints ({@code false} in an assessment: the assessment server creates its sessions so).
 */
public record SessionRecord(String id, String scenario, String role, long seed, String pace, String candidate,
                            Status status, Long wallStarted, boolean hints) {

    /** Whether the shift is still being played. */
    public enum Status { ACTIVE, ENDED }

    /** A session with hints allowed. */
    public SessionRecord(String id, String scenario, String role, long seed, String pace, String candidate,
                         Status status, Long wallStarted) {
        this(id, scenario, role, seed, pace, candidate, status, wallStarted, true);
    }

    public SessionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(status, "status");
    }
}
