package dev.nightshift.scenario;

import java.util.Objects;
import java.util.Set;

/** The alerts raised by this stage's events should be escalated at this severity (low, medium, high or critical). */
public record Escalation(String stage, String severity) {

    /** The severities an escalation may carry, lowest first. */
    public static final Set<String> SEVERITIES = Set.of("low", "medium", "high", "critical");

    public Escalation {
        Objects.requireNonNull(stage, "stage");
        if (!SEVERITIES.contains(severity)) {
            throw new IllegalArgumentException("severity must be low, medium, high or critical, got " + severity);
        }
    }
}
