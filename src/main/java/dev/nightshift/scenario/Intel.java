package dev.nightshift.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The scenario's simulated threat-intelligence feeds: how much of the attack's infrastructure they know
 * ({@code coverage}, percent of its indicators, drawn per indicator from the seed), how many of the known ones they
 * report only from an old, low-confidence sighting ({@code stale}), how many benign indicators of the organisation's
 * world they wrongly flag ({@code falseFlags}), and the entries the scenario declares, answered as written.
 */
public record Intel(int coverage, int stale, int falseFlags, List<Entry> entries) {

    /** The verdicts a feed entry can give. */
    public static final List<String> VERDICTS = List.of("malicious", "suspicious", "benign");

    /** Half the attack known, one stale sighting, two benign indicators wrongly flagged, nothing declared. */
    public static final Intel DEFAULT = new Intel(50, 1, 2, List.of());

    public Intel {
        if (coverage < 0 || coverage > 100) {
            throw new IllegalArgumentException("coverage is a percentage, got " + coverage);
        }
        if (stale < 0 || falseFlags < 0) {
            throw new IllegalArgumentException("stale and false_flags cannot be negative");
        }
        entries = List.copyOf(entries);
    }

    /**
     * A declared feed entry: the indicator (a literal, or {@code stage:<id>} for the address that stage acts from in
     * this seed's world), its verdict, the feed that reports it, a confidence 0..100, how long before the shift it
     * was first and last seen, and tags such as {@code c2}.
     */
    public record Entry(String indicator, String verdict, String source, int confidence, Duration firstSeen,
                        Duration lastSeen, List<String> tags) {

        public Entry {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(source, "source");
            if (!VERDICTS.contains(verdict)) {
                throw new IllegalArgumentException("verdict must be malicious, suspicious or benign, got " + verdict);
            }
            if (confidence < 0 || confidence > 100) {
                throw new IllegalArgumentException("confidence is 0..100, got " + confidence);
            }
            if (lastSeen.compareTo(firstSeen) > 0) {
                throw new IllegalArgumentException("an indicator is last seen after (closer to the shift than) it was first seen");
            }
            tags = List.copyOf(tags);
        }

        /** The stage whose address this entry names ({@code stage:spray} gives {@code spray}), or null for a literal. */
        public String stage() {
            return indicator.startsWith("stage:") ? indicator.substring("stage:".length()) : null;
        }
    }
}
