package dev.nightshift.scenario;

import java.util.Objects;

/**
 * One source of benign noise: which registered generator, how many activities per hour at its peak, its daily
 * profile, and its burstiness (the percentage chance that one activity brings another by the same entity soon after).
 */
public record NoiseSource(String source, int ratePerHour, DailyProfile profile, int burst) implements java.io.Serializable {

    public NoiseSource {
        if (!Vocabulary.SOURCES.contains(source)) {
            throw new IllegalArgumentException("unknown noise source " + source);
        }
        if (ratePerHour < 0 || ratePerHour > 10_000_000) {
            throw new IllegalArgumentException("rate per hour must be between 0 and 10000000, got " + ratePerHour);
        }
        Objects.requireNonNull(profile, "profile");
        if (burst < 0 || burst > 90) {
            throw new IllegalArgumentException("burst must be between 0 and 90 percent, got " + burst);
        }
    }

    /** A source without bursts. */
    public NoiseSource(String source, int ratePerHour, DailyProfile profile) {
        this(source, ratePerHour, profile, 0);
    }
}
