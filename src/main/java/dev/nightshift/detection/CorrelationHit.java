package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;
import java.util.List;
import java.util.Objects;

/**
 * One match fed to a correlation: which of its referenced rules matched, the event at which it matched and the
 * events behind it (the event itself for a detection rule; every event of the alert for a chained correlation).
 */
record CorrelationHit(Event event, int rule, List<Event> events) implements java.io.Serializable {

    CorrelationHit {
        Objects.requireNonNull(event, "event");
        events = List.copyOf(events);
    }
}
