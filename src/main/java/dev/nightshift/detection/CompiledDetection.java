package dev.nightshift.detection;

import java.util.Objects;

/**
 * A detection rule ready to run: its metadata, its compiled condition and what an event must contain for it to
 * match (null when nothing is certain).
 */
record CompiledDetection(SigmaRule rule, EventMatcher matcher, Needles needles) {

    CompiledDetection {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(matcher, "matcher");
    }
}
