package dev.nightshift.detection;

import java.util.List;
import java.util.Objects;

/**
 * A detection rule ready to run: its metadata, its compiled condition, what an event must contain for it to
 * match (null when nothing is certain) and the field names its detection reads, in order of first use.
 */
record CompiledDetection(SigmaRule rule, EventMatcher matcher, Needles needles, List<String> fields) {

    CompiledDetection {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(matcher, "matcher");
        fields = List.copyOf(fields);
    }
}
