package dev.nightshift.shell;

import java.time.Duration;

/** The durations trainees type ({@code 15m}, {@code 1h30m}, {@code 30d}), read as scenario files read them. */
final class Durations {

    private Durations() {
    }

    static Duration parse(String text) {
        return dev.nightshift.scenario.Durations.parse(text.toLowerCase())
                .filter(d -> !d.isZero())
                .orElseThrow(() -> new BadInputException(text.trim().matches("(\\d+(d|h|ms|m|s))+")
                        && text.matches(".*\\d{7}.*")
                        ? "'" + text + "' is not a duration nightshift counts (at most six digits per unit); write"
                        + " a shorter one, like 30d"
                        : "'" + text + "' is not a duration: write it like 15m, 1h, 90s, 1h30m or 2d"));
    }

    /** Hours and minutes for the clock, e.g. {@code 1h05m} or {@code 49m}. */
    static String format(Duration d) {
        long minutes = d.toMinutes();
        return minutes >= 60 ? (minutes / 60) + "h" + String.format("%02d", minutes % 60) + "m" : minutes + "m";
    }
}
