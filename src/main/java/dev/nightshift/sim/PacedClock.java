package dev.nightshift.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A clock whose simulated time follows wall time multiplied by a factor ({@code realtime:<factor>}):
 * the same model as {@link ManualClock}, at another pace.
 */
public final class PacedClock implements SimClock {

    private final Instant start;
    private final double factor;
    private final LongSupplier nanoTime;
    private final long startNanos;

    /** A paced clock driven by the JVM's monotonic timer. */
    public PacedClock(Instant start, double factor) {
        this(start, factor, System::nanoTime);
    }

    /** A paced clock driven by the given monotonic nanosecond source (tests hand in a fake one). */
    public PacedClock(Instant start, double factor, LongSupplier nanoTime) {
        this.start = Objects.requireNonNull(start, "start");
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("pace factor must be a positive number, got " + factor);
        }
        this.factor = factor;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.startNanos = nanoTime.getAsLong();
    }

    @Override
    public Instant now() {
        long wallNanos = nanoTime.getAsLong() - startNanos;
        return start.plus(Duration.ofNanos(Math.round(wallNanos * factor)));
    }

    public double factor() {
        return factor;
    }
}
