package dev.nightshift.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A clock that moves only when told to: deterministic, for sessions played at manual pace and for tests. */
public final class ManualClock implements SimClock {

    private Instant now;

    public ManualClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    @Override
    public Instant now() {
        return now;
    }

    /** Moves the clock forward; a negative duration is refused, since simulated time never runs back. */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("cannot move the clock back by " + by);
        }
        now = now.plus(by);
        return now;
    }

    /** Moves the clock to {@code instant}, which must not be earlier than now. */
    public Instant advanceTo(Instant instant) {
        if (instant.isBefore(now)) {
            throw new IllegalArgumentException("cannot move the clock back from " + now + " to " + instant);
        }
        now = instant;
        return now;
    }
}
