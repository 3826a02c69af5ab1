package dev.nightshift.scenario;

import java.util.List;
import java.util.Objects;

/** One source of benign noise: which generator, how many activities per hour at its peak, and its daily profile. */
public record NoiseSource(String source, int ratePerHour, DailyProfile profile) {

    /** The noise generators nightshift ships. */
    public static final List<String> SOURCES = List.of("windows-logons", "linux-sshd");

    public NoiseSource {
        if (!SOURCES.contains(source)) {
            throw new IllegalArgumentException("unknown noise source " + source);
        }
        if (ratePerHour < 0 || ratePerHour > 1_000_000) {
            throw new IllegalArgumentException("rate per hour must be between 0 and 1000000, got " + ratePerHour);
        }
        Objects.requireNonNull(profile, "profile");
    }
}
