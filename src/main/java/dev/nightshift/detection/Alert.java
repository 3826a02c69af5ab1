package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule raised: the rule's identity and metadata (the author is kept, as the Sigma licence asks), the time
 * of the event that raised it, the events behind it (oldest first) and, for a correlation, its group-by values.
 */
public record Alert(String ruleId, String title, String level, String author, String description,
                    List<String> tags, boolean correlation, Instant time, List<Event> events,
                    Map<String, String> groupBy) implements java.io.Serializable {

    public Alert {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(time, "time");
        tags = List.copyOf(tags);
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("an alert needs at least one event");
        }
        groupBy = Collections.unmodifiableMap(new LinkedHashMap<>(groupBy));
    }
}
