package dev.nightshift.engineer;

import java.time.Instant;
import java.util.Set;

/**
 * One attack stage as it played on one day of a week: which stage, its technique, the events it emitted (their
 * indexes in the week), when it began, and the host and user of its first event. The history's incidents that no
 * rule caught become tickets; the held-out week's decide detections kept and coverage gained.
 */
record Incident(int day, String stage, String technique, Set<Long> events, Instant first, String host, String user) {

    Incident {
        events = Set.copyOf(events);
    }

    String key() {
        return "day " + day + " " + stage;
    }
}
