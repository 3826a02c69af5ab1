package dev.nightshift.shell;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations trainees type: {@code 15m}, {@code 1h}, {@code 90s}, {@code 1h30m}. */
final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d{1,6})([hms])");

    private Durations() {
    }

    static Duration parse(String text) {
        String s = text.trim().toLowerCase();
        Matcher m = PART.matcher(s);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
            end = m.end();
        }
        if (s.isEmpty() || end != s.length() || total.isZero()) {
            throw new BadInputException("'" + text + "' is not a duration: write it like 15m, 1h, 90s or 1h30m");
        }
        return total;
    }

    static String format(Duration d) {
        long minutes = d.toMinutes();
        return minutes >= 60 ? (minutes / 60) + "h" + String.format("%02d", minutes % 60) + "m" : minutes + "m";
    }
}
