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
}
