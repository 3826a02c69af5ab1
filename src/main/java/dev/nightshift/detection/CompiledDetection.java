package dev.nightshift.detection;

import java.util.Objects;

/** A detection rule ready to run: its metadata and its compiled condition. */
record CompiledDetection(SigmaRule rule, EventMatcher matcher) {

    CompiledDetection {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(matcher, "matcher");
    }
}
