package dev.nightshift.detection;

import dev.nightshift.telemetry.LogSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A loaded Sigma filter document: an exclusion applied to the rules it names without editing them, which is how an
 * engineer tunes. Besides the Sigma fields it carries who owns the exclusion, why it exists and when it expires
 * ({@code owner}, {@code reason}, {@code expires} in the document); a filter missing any of them still loads, but
 * is not {@link #accountable()}, which scoring penalises. An expired filter no longer applies.
 */
public record SigmaFilter(String file, int line, String id, String title, LogSource logsource, List<String> rules,
                          String owner, String reason, Instant expires) {

    public SigmaFilter {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(logsource, "logsource");
        rules = List.copyOf(rules);
        if (line < 1) {
            throw new IllegalArgumentException("line is 1-based, got " + line);
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a filter names at least one rule");
        }
    }

    /** Whether the filter still applies at {@code now}: it has no expiry, or expires after {@code now}. */
    public boolean activeAt(Instant now) {
        return expires == null || now.isBefore(expires);
    }

    /** Whether the exclusion names an owner, a reason and an expiry. */
    public boolean accountable() {
        return missing().isEmpty();
    }

    /** The accountability fields the document lacks, among {@code owner}, {@code reason} and {@code expires}. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (owner == null || owner.isBlank()) {
            missing.add("owner");
        }
        if (reason == null || reason.isBlank()) {
            missing.add("reason");
        }
        if (expires == null) {
            missing.add("expires");
        }
        return missing;
    }
}
