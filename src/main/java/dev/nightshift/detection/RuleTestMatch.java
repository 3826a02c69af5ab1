package dev.nightshift.detection;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One match of {@code rules test}, for the table, CSV and SARIF outputs: the rule, the event's index, time and host,
 * and the values of the fields the rule reads that the event has (for a correlation, those of its last event).
 */
public record RuleTestMatch(SigmaRule rule, long eventIndex, Instant time, String host, Map<String, String> fields) {

    public RuleTestMatch {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(time, "time");
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
