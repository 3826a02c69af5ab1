package dev.nightshift.cohort;

import java.util.List;

/**
 * A measure a cohort is compared on: its key in the database, how a report names it, its unit, and whether more is
 * better (the score) or less is (minutes to acknowledge an attack alert).
 */
public record Metric(String key, String label, String unit, boolean higherIsBetter) {

    /** The analyst's card, in the order a report shows it; an engineer's card adds its components by name. */
    static final List<Metric> KNOWN = List.of(
            new Metric("score", "score", "points", true),
            new Metric("accuracy", "accuracy", "of 100", true),
            new Metric("containment", "containment", "of 100", true),
            new Metric("response", "response", "of 100", true),
            new Metric("fatigue", "alert fatigue", "of 100", true),
            new Metric("minutes_to_acknowledge", "time to acknowledge attacks", "minutes", false),
            new Metric("stages_completed", "attack stages completed", "stages", false),
            new Metric("penalty", "over-reaction penalty", "points", false));

    /** The metric of {@code key}: a known one, or an engineer's card component (0 to 100, more is better). */
    static Metric of(String key) {
        return KNOWN.stream().filter(m -> m.key.equals(key)).findFirst()
                .orElseGet(() -> new Metric(key, key.replace('_', ' '), "of 100", true));
    }

    /** Sorts known metrics first, in their order, then the others by key. */
    static int order(String key) {
        for (int i = 0; i < KNOWN.size(); i++) {
            if (KNOWN.get(i).key.equals(key)) {
                return i;
            }
        }
        return KNOWN.size();
    }
}
