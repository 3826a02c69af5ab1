package dev.nightshift.detection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rule's {@code detection} section as written: each search identifier maps to alternatives (OR), each of which is
 * a list of field entries (AND); and the condition over those identifiers.
 */
record Detection(Map<String, List<List<FieldSpec>>> searches, Condition condition) {

    Detection {
        Objects.requireNonNull(condition, "condition");
        Map<String, List<List<FieldSpec>>> copy = new LinkedHashMap<>();
        searches.forEach((name, alternatives) -> copy.put(name, alternatives.stream().map(List::copyOf).toList()));
        searches = Collections.unmodifiableMap(copy);
    }
}
