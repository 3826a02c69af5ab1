package dev.nightshift.telemetry;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One log event of the simulated organisation: its position in the stream, its time, its log source,
 * the host that logged it, its native fields (as the real log names them) and its hidden {@link Truth}.
 * Field values are strings, numbers, booleans or nested maps of them (CloudTrail's {@code userIdentity}, a sign-in's
 * {@code Location}); {@code fields} keeps insertion order and is read-only.
 */
public record Event(long index, Instant timestamp, LogSource logsource, String host,
                    Map<String, Object> fields, Truth truth) implements java.io.Serializable {

    public Event {
        if (index < 0) {
            throw new IllegalArgumentException("event index must not be negative, got " + index);
        }
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(logsource, "logsource");
        Objects.requireNonNull(truth, "truth");
        fields = ReadOnlyFields.copyOf(fields);
    }

    /**
     * An event that takes over {@code fields} without copying them: its caller built the map for this event and never
     * changes it again (readers of exported logs, which make one map per record).
     */
    public static Event adopting(long index, Instant timestamp, LogSource logsource, String host,
                                 Map<String, Object> fields, Truth truth) {
        return new Event(index, timestamp, logsource, host, ReadOnlyFields.own(fields), truth);
    }

    /** The value of a native field, or null when the event does not carry it. */
    public Object field(String name) {
        return fields.get(name);
    }

    /** The same event at another position in the stream. */
    public Event withIndex(long newIndex) {
        return new Event(newIndex, timestamp, logsource, host, fields, truth);
    }
}
