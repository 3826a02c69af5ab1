package dev.nightshift.scenario;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the compact durations of scenario files and commands: a number and a unit, repeated, e.g. {@code 90s},
 * {@code 15m}, {@code 1h30m}, {@code 30d}, {@code 250ms}.
 */
public final class Durations {

    private static final Pattern FORM = Pattern.compile("(?:(\\d{1,6})d)?(?:(\\d{1,6})h)?(?:(\\d{1,6})m(?!s))?(?:(\\d{1,6})s)?(?:(\\d{1,6})ms)?");

    private Durations() {
    }

    /** The duration written as {@code text}, or empty when it is not in the compact form. */
    public static Optional<Duration> parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (text.isBlank() || !m.matches()) {
            return Optional.empty();
        }
        Duration d = Duration.ZERO;
        d = d.plusDays(part(m, 1)).plusHours(part(m, 2)).plusMinutes(part(m, 3));
        d = d.plusSeconds(part(m, 4)).plusMillis(part(m, 5));
        return Optional.of(d);
    }

    /** The compact form of a duration, the inverse of {@link #parse}. */
    public static String format(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        append(out, d.toDaysPart(), "d");
        append(out, d.toHoursPart(), "h");
        append(out, d.toMinutesPart(), "m");
        append(out, d.toSecondsPart(), "s");
        append(out, d.toMillisPart(), "ms");
        return out.toString();
    }

    private static void append(StringBuilder out, long value, String unit) {
        if (value != 0) {
            out.append(value).append(unit);
        }
    }

    private static long part(Matcher m, int group) {
        String g = m.group(group);
        return g == null ? 0 : Long.parseLong(g);
    }
}
