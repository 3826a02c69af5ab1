package dev.nightshift.search;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spans of time as a search writes them: {@code 30s}, {@code 5m}, {@code 1h30m}, {@code 1d}, {@code 1w}. */
final class Spans {

    private static final Pattern SPAN = Pattern.compile("(?:\\d{1,6}(?:s|m|h|d|w))+");
    private static final Pattern PART = Pattern.compile("(\\d{1,6})([smhdw])");

    private Spans() {
    }

    static Duration parse(String text, int column) {
        if (!SPAN.matcher(text).matches()) {
            throw new BadSearchException(column, "'" + text + "' is not a span of time: write 30s, 5m, 1h or 1d");
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(text);
        while (part.find()) {
            long n = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            });
        }
        if (total.isZero()) {
            throw new BadSearchException(column, "a span of 0 makes no rows: write 30s, 5m, 1h or 1d");
        }
        return total;
    }

    static String text(Duration d) {
        long s = d.getSeconds();
        StringBuilder out = new StringBuilder();
        long[] units = {86_400, 3_600, 60, 1};
        String[] names = {"d", "h", "m", "s"};
        for (int i = 0; i < units.length; i++) {
            if (s >= units[i]) {
                out.append(s / units[i]).append(names[i]);
                s %= units[i];
            }
        }
        return out.length() == 0 ? "0s" : out.toString();
    }
}
