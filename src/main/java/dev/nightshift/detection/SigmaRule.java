package dev.nightshift.detection;

import dev.nightshift.telemetry.LogSource;
import java.util.List;
import java.util.Objects;

/**
 * The descriptive part of a loaded Sigma rule: where it came from, what kind it is and its metadata.
 * {@code id} is the rule's declared id, or its {@code name} when it declares none, or {@code file#document};
 * {@code name} is null when the rule declares none; absent texts are empty and an absent level is {@code medium}.
 * A correlation rule's {@code logsource} has only null parts.
 */
public record SigmaRule(String file, int line, RuleKind kind, String id, String name, String title,
                        String status, String description, String author, String level,
                        List<String> tags, LogSource logsource) {

    public SigmaRule {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(logsource, "logsource");
        if (line < 1) {
            throw new IllegalArgumentException("line is 1-based, got " + line);
        }
        tags = List.copyOf(tags);
    }

    /** True for a correlation rule. */
    public boolean isCorrelation() {
        return kind == RuleKind.CORRELATION;
    }
}
