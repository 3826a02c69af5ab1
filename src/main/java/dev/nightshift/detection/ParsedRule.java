package dev.nightshift.detection;

import java.util.Objects;

/** A rule that parsed without errors: its metadata and either its detection or its correlation. */
record ParsedRule(SigmaRule rule, Pos pos, Detection detection, CorrelationSpec correlation) {

    ParsedRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(pos, "pos");
        if ((detection == null) == (correlation == null)) {
            throw new IllegalArgumentException("a rule has either a detection or a correlation");
        }
    }
}
