package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;

/** A compiled search or condition: tells whether one event matches. */
interface EventMatcher {

    boolean matches(Event event);

    static EventMatcher and(EventMatcher[] parts) {
        return event -> {
            for (EventMatcher part : parts) {
                if (!part.matches(event)) {
                    return false;
                }
            }
            return true;
        };
    }

    static EventMatcher or(EventMatcher[] parts) {
        return event -> {
            for (EventMatcher part : parts) {
                if (part.matches(event)) {
                    return true;
                }
            }
            return false;
        };
    }

    static EventMatcher allFields(FieldMatcher[] fields) {
        return event -> {
            for (FieldMatcher field : fields) {
                if (!field.matches(event)) {
                    return false;
                }
            }
            return true;
        };
    }
}
