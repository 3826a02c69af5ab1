package dev.nightshift.scenario;

import java.util.Locale;
import java.util.Optional;

/**
 * How a noise source's rate follows the office day: {@code office} (business hours with a morning ramp, a lunch
 * dip, an evening tail, a night trickle and quiet weekends), {@code business_hours} (flat inside business hours,
 * shoulders around them), {@code night} (busy outside them) or {@code flat}.
 */
public enum DailyProfile {
    BUSINESS_HOURS, NIGHT, FLAT, OFFICE;

    /** The word used in scenario files: {@code business_hours}, {@code night}, {@code flat}, {@code office}. */
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
