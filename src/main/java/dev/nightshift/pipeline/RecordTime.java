package dev.nightshift.pipeline;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Map;

/**
 * The time of a raw log record, from the first of its usual timestamp fields that reads as an ISO instant, a date
 * and time without zone (taken as UTC, as NXLog and Sysmon write them) or epoch seconds; a number beyond the
 * range of instants reads as no time.
 */
public final class RecordTime {

    private static final String[] FIELDS = {"@timestamp", "TimeCreated", "UtcTime", "EventTime", "eventTime",
        "timestamp", "ts"};
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd").optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd().appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd().toFormatter();

    private RecordTime() {
    }

    /** The record's time, or {@code fallback} when none of its timestamp fields reads as one. */
    public static Instant of(Map<String, Object> record, Instant fallback) {
        for (String field : FIELDS) {
            Instant time = parse(record.get(field));
            if (time != null) {
                return time;
            }
        }
        return fallback;
    }

    /** One timestamp value as an instant, or null when it reads as none. */
    public static Instant parse(Object value) {
        if (value instanceof Number n) {
            double seconds = n.doubleValue();
            if (!Double.isFinite(seconds)) {
                return null;
            }
            try {
                return seconds > 1e11 ? Instant.ofEpochMilli((long) seconds)
                        : Instant.ofEpochSecond((long) seconds, (long) ((seconds - Math.floor(seconds)) * 1e9));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        if (!(value instanceof String text) || text.length() < 10) {
            return null;
        }
        Instant quick = utc(text);
        if (quick != null) {
            return quick;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text, LOCAL).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /**
     * The common {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} without the formatter (a few times faster, and every event
     * has one); null for any other shape, which the formatters then read.
     */
    private static Instant utc(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (length > 20) {
            if (text.charAt(19) != '.' || length - 21 > 9 || length == 21) {
                return null;
            }
            int fraction = digits(text, 20, length - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = length - 21; i < 9; i++) {
                nanos *= 10;
            }
        } else if (text.charAt(19) != 'Z') {
            return null;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > java.time.YearMonth.of(year, month)
                .lengthOfMonth() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        long days = java.time.LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
