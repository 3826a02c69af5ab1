package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;
import java.util.Objects;

/** A filter ready to run: an event its rule matched still raises an alert only if the filter's condition holds. */
record CompiledFilter(SigmaFilter filter, EventMatcher matcher) {

    CompiledFilter {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(matcher, "matcher");
    }

    /** Whether the filter removes this event: it is active at the event's time, covers its logsource and says no. */
    boolean excludes(Event event) {
        return filter.activeAt(event.timestamp()) && LogsourceCoverage.covers(filter.logsource(), event.logsource())
                && !matcher.matches(event);
    }
}
