package dev.nightshift.search;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code earliest=} or {@code latest=} value, resolved against the simulated clock when the search runs: relative
 * ({@code -2h}, {@code -1d@d}, {@code now}), absolute in UTC ({@code 2026-03-05T08:00:00}, {@code 2026-03-05},
 * {@code 03/05/2026:08:00:00}, {@code 2026-03-05T08:00:00Z}), a time of day on the clock's day ({@code 08:30}), or
 * {@code 0} for all time.
 */
public record TimeBound(String text, Duration offset, ChronoUnit snap, Instant absolute, LocalTime timeOfDay) {

    private static final Pattern RELATIVE = Pattern.compile("([+-])((?:\\d{1,6}[a-z]+)+)(?:@([a-z]+))?|now|@([a-z]+)");
    private static final Pattern PART = Pattern.compile("(\\d{1,6})([a-z]+)");
    private static final DateTimeFormatter SPLUNK = DateTimeFormatter.ofPattern("MM/dd/yyyy:HH:mm:ss");

    /** Parses a bound; {@code column} is where its value starts, for the error. */
    static TimeBound parse(String text, int column) {
        String t = text.trim();
        if (t.equals("0")) {
            return new TimeBound(text, null, null, Instant.EPOCH, null);
        }
        Matcher relative = RELATIVE.matcher(t.toLowerCase(java.util.Locale.ROOT));
        if (relative.matches()) {
            Duration offset = Duration.ZERO;
            if (relative.group(2) != null) {
                Matcher part = PART.matcher(relative.group(2));
                while (part.find()) {
                    offset = offset.plus(unit(part.group(2), text, column).getDuration()
                            .multipliedBy(Long.parseLong(part.group(1))));
                }
                if (relative.group(1).equals("-")) {
                    offset = offset.negated();
                }
            }
            String snap = relative.group(3) != null ? relative.group(3) : relative.group(4);
            return new TimeBound(text, offset, snap == null ? null : snapUnit(snap, text, column), null, null);
        }
        Instant absolute = absolute(t);
        if (absolute != null) {
            return new TimeBound(text, null, null, absolute, null);
        }
        try {
            return new TimeBound(text, null, null, null, LocalTime.parse(t));
        } catch (DateTimeParseException e) {
            throw new BadSearchException(column, "'" + text + "' is not a time: write -2h, -30m, -1d@d, now,"
                    + " 2026-03-05T08:00:00, 03/05/2026:08:00:00 or a time of day such as 08:30 (UTC)");
        }
    }

    private static Instant absolute(String t) {
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException ignored) {
            // not an instant with its offset; try the other spellings
        }
        try {
            return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // nor a local date-time
        }
        try {
            return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // nor a date
        }
        try {
            return LocalDateTime.parse(t, SPLUNK).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    private static ChronoUnit unit(String word, String text, int column) {
        return switch (word) {
            case "s", "sec", "secs", "second", "seconds" -> ChronoUnit.SECONDS;
            case "m", "min", "mins", "minute", "minutes" -> ChronoUnit.MINUTES;
            case "h", "hr", "hrs", "hour", "hours" -> ChronoUnit.HOURS;
            case "d", "day", "days" -> ChronoUnit.DAYS;
            case "w", "week", "weeks" -> ChronoUnit.WEEKS;
            default -> throw new BadSearchException(column, "'" + word + "' in '" + text + "' is not a unit of time:"
                    + " use s, m, h, d or w");
        };
    }

    private static ChronoUnit snapUnit(String word, String text, int column) {
        ChronoUnit unit = unit(word, text, column);
        if (unit == ChronoUnit.WEEKS) {
            throw new BadSearchException(column, "'" + text + "' snaps to a week, which has no agreed first day here:"
                    + " snap to @d, @h, @m or @s");
        }
        return unit;
    }

    /** The instant this bound names when the clock reads {@code now}. */
    public Instant resolve(Instant now) {
        if (absolute != null) {
            return absolute;
        }
        if (timeOfDay != null) {
            return now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofNanos(timeOfDay.toNanoOfDay()));
        }
        Instant at = now.plus(offset);
        return snap == null ? at : at.truncatedTo(snap);
    }
}
