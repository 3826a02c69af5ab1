package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;
import java.util.Map;

/**
 * A field name resolved against an event: the flat name first, then, for a dotted name such as
 * {@code userIdentity.sessionContext.type}, a walk through nested maps; a missing step means a missing field.
 */
final class FieldPath {

    private final String name;
    private final String[] steps;

    FieldPath(String name) {
        this.name = name.intern();
        this.steps = name.indexOf('.') > 0 ? intern(name.split("\\.")) : null;
    }

    /**
     * Interned, because event field names usually are (literals in our generators, and Jackson interns the names it
     * reads), and a map lookup then finds the key by identity without comparing characters.
     */
    private static String[] intern(String[] names) {
        for (int i = 0; i < names.length; i++) {
            names[i] = names[i].intern();
        }
        return names;
    }

    String name() {
        return name;
    }

    Object get(Event event) {
        Object value = event.field(name);
        if (value != null || steps == null) {
            return value;
        }
        Object current = event.field(steps[0]);
        for (int i = 1; i < steps.length && current != null; i++) {
            current = current instanceof Map<?, ?> map ? map.get(steps[i]) : null;
        }
        return current;
    }
}
