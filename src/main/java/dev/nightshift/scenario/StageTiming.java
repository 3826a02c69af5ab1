package dev.nightshift.scenario;

import java.time.Duration;
import java.util.Objects;

/**
 * When a stage starts: {@code at} an offset from the scenario start, or {@code after} another stage has
 * finished plus {@code delay}; either way moved by a uniform draw in [-jitter, +jitter], never before the anchor.
 */
public record StageTiming(Duration at, String after, Duration delay, Duration jitter) implements java.io.Serializable {

    public StageTiming {
        if ((at == null) == (after == null)) {
            throw new IllegalArgumentException("a stage starts either at an offset or after another stage");
        }
        delay = delay == null ? Duration.ZERO : delay;
        jitter = jitter == null ? Duration.ZERO : jitter;
        if ((at != null && at.isNegative()) || delay.isNegative() || jitter.isNegative()) {
            throw new IllegalArgumentException("stage timings must not be negative");
        }
        if (at != null && !delay.isZero()) {
            throw new IllegalArgumentException("delay applies only to a stage that starts after another");
        }
    }

    public static StageTiming at(Duration offset, Duration jitter) {
        return new StageTiming(Objects.requireNonNull(offset, "offset"), null, null, jitter);
    }

    public static StageTiming after(String stage, Duration delay, Duration jitter) {
        return new StageTiming(null, Objects.requireNonNull(stage, "stage"), delay, jitter);
    }

    public boolean isAfter() {
        return after != null;
    }
}
