package dev.nightshift.cohort;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One candidate's result in a cohort: who played which scenario and variant in which role, the file it came from and
 * that file's SHA-256, and the metrics read from its score card (a component the shift gave nothing to measure is
 * absent, not zero).
 */
public record CohortEntry(String candidate, String scenario, String variant, String role, String source, String digest,
                          Map<String, Double> metrics) {

    public CohortEntry {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(digest, "digest");
        if (candidate.isBlank()) {
            throw new IllegalArgumentException("a cohort entry needs a candidate's name");
        }
        metrics.forEach((name, value) -> {
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("metric " + name + " of " + candidate + " is not a number: " + value);
            }
        });
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}
