package dev.nightshift.detection;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A correlation rule's {@code correlation} section as written: its type, the rules it references (by id or name,
 * with positions), the group-by fields and their per-rule aliases, the window, the condition (null for the temporal
 * types without one), the measured field, the percentile of a {@code value_percentile}, the coordinate fields of
 * an {@code impossible_travel} and whether the referenced rules still raise their own alerts.
 */
record CorrelationSpec(Type type, List<Reference> rules, List<String> groupBy, Map<String, Map<String, String>> aliases,
                       Duration timespan, CountCondition condition, String field, Double percentile,
                       String latitude, String longitude, boolean generate) {

    /** The correlation types: those of the Sigma correlation specification, then our impossible-travel extension. */
    enum Type {
        EVENT_COUNT("event_count"), VALUE_COUNT("value_count"), TEMPORAL("temporal"),
        TEMPORAL_ORDERED("temporal_ordered"), VALUE_SUM("value_sum"), VALUE_AVG("value_avg"),
        VALUE_PERCENTILE("value_percentile"), IMPOSSIBLE_TRAVEL("impossible_travel");

        final String yamlName;

        Type(String yamlName) {
            this.yamlName = yamlName;
        }

        /** Whether the type measures a field of the events, named by the condition's {@code field}. */
        boolean needsField() {
            return this == VALUE_COUNT || this == VALUE_SUM || this == VALUE_AVG || this == VALUE_PERCENTILE;
        }

        /** Whether the type needs a condition; the temporal types default to "every referenced rule". */
        boolean needsCondition() {
            return this != TEMPORAL && this != TEMPORAL_ORDERED;
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
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        aliases.forEach((alias, byRule) -> copy.put(alias, Collections.unmodifiableMap(new LinkedHashMap<>(byRule))));
        aliases = Collections.unmodifiableMap(copy);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a correlation references at least one rule");
        }
        if (timespan.isNegative() || timespan.isZero()) {
            throw new IllegalArgumentException("a correlation's timespan must be positive, got " + timespan);
        }
        if (type.needsField() && field == null) {
            throw new IllegalArgumentException("a " + type.yamlName + " correlation needs a field");
        }
        if (type.needsCondition() && condition == null) {
            throw new IllegalArgumentException(type.yamlName + " needs a condition");
        }
        if (type == Type.VALUE_PERCENTILE && (percentile == null || percentile < 0 || percentile > 100)) {
            throw new IllegalArgumentException("value_percentile needs a percentile from 0 to 100, got " + percentile);
        }
        if (type == Type.IMPOSSIBLE_TRAVEL && (latitude == null || longitude == null)) {
            throw new IllegalArgumentException("impossible_travel needs latitude and longitude fields");
        }
    }
}
