package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.List;

/**
 * The Sigma time modifiers ({@code minute}, {@code hour}, {@code day}, {@code week}, {@code month}, {@code year}): a
 * field holding a timestamp (an ISO-8601 text, a date and time without zone, or epoch seconds or milliseconds) matches
 * when that part of its time, in UTC, equals one of the rule's whole numbers; {@code day} is the day of the month and
 * {@code week} the ISO week of the year. A rule may name {@code @timestamp} for the event's own time.
 */
final class TimePart {

    private static final String EVENT_TIME = "@timestamp";

    private TimePart() {
    }

    /** Whether the kind is one of the time modifiers. */
    static boolean is(Modifiers.Kind kind) {
        return switch (kind) {
            case MINUTE, HOUR, DAY, WEEK, MONTH, YEAR -> true;
            default -> false;
        };
    }

    /** Compiles the entry: every value must be a whole number in the part's range. */
    static FieldMatcher compile(FieldPath path, Modifiers modifiers, List<Value> values) {
        Modifiers.Kind kind = modifiers.kind();
        String name = kind.name().toLowerCase(java.util.Locale.ROOT);
        if (modifiers.all() || modifiers.cased() || modifiers.expand()) {
            throw new RuleException(values.isEmpty() ? Pos.START : values.get(0).pos(), "'" + name
                    + "' combines only with 'neq'");
        }
        long[] wanted = new long[values.size()];
        for (int i = 0; i < wanted.length; i++) {
            Value value = values.get(i);
            if (!(value.value() instanceof Long number) || number < min(kind) || number > max(kind)) {
                throw new RuleException(value.pos(), "'" + name + "' takes whole numbers" + (kind == Modifiers.Kind.YEAR
                        ? "" : " from " + min(kind) + " to " + max(kind)) + ", not '" + value.text() + "'");
            }
            wanted[i] = number;
        }
        boolean eventTime = path.name().equals(EVENT_TIME);
        boolean negate = modifiers.neq();
        return event -> {
            Object value = path.get(event);
            return holds(kind, value == null && eventTime ? event.timestamp() : value, wanted) != negate;
        };
    }

    private static boolean holds(Modifiers.Kind kind, Object value, long[] wanted) {
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (holds(kind, item, wanted)) {
                    return true;
                }
            }
            return false;
        }
        Instant time = value instanceof Instant instant ? instant : dev.nightshift.pipeline.RecordTime.parse(value);
        if (time == null) {
            return false;
        }
        long part = part(kind, time);
        for (long w : wanted) {
            if (w == part) {
                return true;
            }
        }
        return false;
    }

    /** The part of the time, in UTC. */
    static long part(Modifiers.Kind kind, Instant time) {
        long seconds = time.getEpochSecond();
        return switch (kind) {
            case MINUTE -> Math.floorMod(seconds, 3600L) / 60;
            case HOUR -> Math.floorMod(seconds, 86_400L) / 3600;
            default -> {
                LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
                yield switch (kind) {
                    case DAY -> date.getDayOfMonth();
                    case WEEK -> date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                    case MONTH -> date.getMonthValue();
                    default -> date.getYear();
                };
            }
        };
    }

    private static long min(Modifiers.Kind kind) {
        return kind == Modifiers.Kind.MINUTE || kind == Modifiers.Kind.HOUR ? 0 : kind == Modifiers.Kind.YEAR
                ? Long.MIN_VALUE : 1;
    }

    private static long max(Modifiers.Kind kind) {
        return switch (kind) {
            case MINUTE -> 59;
            case HOUR -> 23;
            case DAY -> 31;
            case WEEK -> 53;
            case MONTH -> 12;
            default -> Long.MAX_VALUE;
        };
    }
}
