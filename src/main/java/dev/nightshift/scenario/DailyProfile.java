package dev.nightshift.scenario;

import java.util.Locale;
import java.util.Optional;

/** How a noise source's rate follows the office day: busy in business hours, busy at night, or flat. */
public enum DailyProfile {
    BUSINESS_HOURS, NIGHT, FLAT;

    /** The word used in scenario files: {@code business_hours}, {@code night}, {@code flat}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DailyProfile> parse(String word) {
        for (DailyProfile profile : values()) {
            if (profile.word().equals(word)) {
                return Optional.of(profile);
            }
        }
        return Optional.empty();
    }
}
