package dev.nightshift.cohort;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A fixed cohort of five with a tie on the score, and one candidate whose card measured no time to acknowledge. */
final class CohortFixtures {

    private CohortFixtures() {
    }

    static CohortEntry entry(String candidate, double score, Double minutes) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("score", score);
        if (minutes != null) {
            metrics.put("minutes_to_acknowledge", minutes);
        }
        return new CohortEntry(candidate, "ransomware-3am", "v-" + candidate, "analyst", candidate + ".result.json",
                "digest-" + candidate + "-" + score, metrics);
    }

    /** ada 90, bob 80, cy 80, dan 70, eve 60; minutes to acknowledge 12, 20, 8, 20 and none. */
    static List<CohortEntry> five() {
        return List.of(entry("bob", 80, 20.0), entry("eve", 60, null), entry("ada", 90, 12.0), entry("dan", 70, 20.0),
                entry("cy", 80, 8.0));
    }
}
