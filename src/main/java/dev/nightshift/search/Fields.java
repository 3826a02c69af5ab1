package dev.nightshift.search;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The fields a search sees on an event: its native fields (a nested object's as {@code parent.child}), {@code host}
 * (the logging host), {@code source} (the log source, {@code windows:security}) and, in pipes, {@code _time}. Only
 * these: an event's truth label is not a field and nothing here can reach it.
 */
public final class Fields {

    public static final String HOST = "host";
    public static final String SOURCE = "source";
    public static final String TIME = "_time";

    private Fields() {
    }

    private static final java.util.Map<LogSource, String> SOURCES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The log source as a search names it: its parts joined by colons, {@code windows:process_creation}. */
    public static String source(LogSource s) {
        return SOURCES.computeIfAbsent(s, Fields::sourceText);
    }

    private static String sourceText(LogSource s) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {s.product(), s.category(), s.service()}) {
            if (part != null) {
                text.append(text.length() == 0 ? "" : ":").append(part);
            }
        }
        return text.toString();
    }

    /** A field's value as the search clause compares it (a string, number or boolean), or null. */
    static Object searchable(Event event, String field) {
        if (HOST.equals(field)) {
            return event.host();
        }
        if (SOURCE.equals(field)) {
            return source(event.logsource());
        }
        Object value = nested(event.fields(), field);
        return value instanceof Map ? null : value;
    }

    /** A field's value as a pipe command reads it: what the search clause sees, and {@code _time}. */
    static Object value(Event event, String field) {
        return TIME.equals(field) ? event.timestamp() : searchable(event, field);
    }

    private static Object nested(Map<String, Object> fields, String path) {
        Object direct = fields.get(path);
        int dot = path.indexOf('.');
        if (direct != null || dot < 0) {
            return direct;
        }
        Object parent = fields.get(path.substring(0, dot));
        if (parent instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> inner = (Map<String, Object>) map;
            return nested(inner, path.substring(dot + 1));
        }
        return null;
    }

    /** Every native field with a scalar value, nested ones under their dotted names, in the event's order. */
    static void eachNative(Event event, BiConsumer<String, Object> each) {
        flatten("", event.fields(), each);
    }

    private static void flatten(String prefix, Map<?, ?> fields, BiConsumer<String, Object> each) {
        fields.forEach((name, value) -> {
            if (value instanceof Map<?, ?> inner) {
                flatten(prefix + name + ".", inner, each);
            } else if (value != null) {
                each.accept(prefix + name, value);
            }
        });
    }
}
