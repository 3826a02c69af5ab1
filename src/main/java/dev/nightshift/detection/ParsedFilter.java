package dev.nightshift.detection;

import java.util.List;
import java.util.Objects;

/** A filter document that parsed without errors: its metadata, its exclusion as a detection, and its rule references. */
record ParsedFilter(SigmaFilter filter, Detection detection, List<CorrelationSpec.Reference> references) {

    ParsedFilter {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(detection, "detection");
        references = List.copyOf(references);
    }
}
