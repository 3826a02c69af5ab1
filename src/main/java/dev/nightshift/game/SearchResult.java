package dev.nightshift.game;

import dev.nightshift.telemetry.Event;
import java.util.List;

/** What a log search found: how many events matched, and the latest of them, oldest first. */
public record SearchResult(String query, int total, List<Event> latest) {

    public SearchResult {
        latest = List.copyOf(latest);
        if (total < latest.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the " + latest.size() + " events shown");
        }
    }
}
