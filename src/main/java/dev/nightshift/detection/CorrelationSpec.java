package dev.nightshift.detection;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A correlation rule's {@code correlation} section as written: its type, the rules it references (by id or name,
 * with positions), the group-by fields, the window, the count condition (null for the temporal types without
 * one), the counted field of a {@code value_count} and whether the referenced rules still raise their own alerts.
 */
record CorrelationSpec(Type type, List<Reference> rules, List<String> groupBy, Duration timespan,
                       CountCondition condition, String field, boolean generate) {

    /** The correlation types of the Sigma correlation specification. */
    enum Type {
        EVENT_COUNT("event_count"), VALUE_COUNT("value_count"), TEMPORAL("temporal"),
        TEMPORAL_ORDERED("temporal_ordered");

        final String yamlName;

        Type(String yamlName) {
            this.yamlName = yamlName;
        }
    }

    /** A referenced rule's id or name, with its position. */
    record Reference(String name, Pos pos) {
        Reference {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(pos, "pos");
        }
    }

    CorrelationSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timespan, "timespan");
        rules = List.copyOf(rules);
        groupBy = List.copyOf(groupBy);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a correlation references at least one rule");
        }
        if (timespan.isNegative() || timespan.isZero()) {
            throw new IllegalArgumentException("a correlation's timespan must be positive, got " + timespan);
        }
        if (type == Type.VALUE_COUNT && field == null) {
            throw new IllegalArgumentException("a value_count correlation needs a field");
        }
        if ((type == Type.EVENT_COUNT || type == Type.VALUE_COUNT) && condition == null) {
            throw new IllegalArgumentException(type.yamlName + " needs a condition");
        }
    }
}
