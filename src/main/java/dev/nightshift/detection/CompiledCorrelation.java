package dev.nightshift.detection;

import java.util.List;
import java.util.Objects;

/** A correlation rule whose references all resolved: its metadata, its spec and the detection rules it counts. */
record CompiledCorrelation(SigmaRule rule, CorrelationSpec spec, List<SigmaRule> references) {

    CompiledCorrelation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(spec, "spec");
        references = List.copyOf(references);
    }
}
