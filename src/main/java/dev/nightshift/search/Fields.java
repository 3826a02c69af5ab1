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
        eachNative(event, (name, value, plain) -> each.accept(name, value));
    }

    /** One native field's scalar value, under its dotted name; {@code plain} when no name on its path holds a dot. */
    interface NativeField {
        void accept(String name, Object value, boolean plain);
    }

    /** As {@link #eachNative(Event, BiConsumer)}, telling whether the dotted name reads back the value alone. */
    static void eachNative(Event event, NativeField each) {
        flatten("", event.fields(), true, each);
    }

    private static void flatten(String prefix, Map<?, ?> fields, boolean plain, NativeField each) {
        fields.forEach((name, value) -> {
            String key = String.valueOf(name);
            boolean plainHere = plain && key.indexOf('.') < 0;
            if (value instanceof Map<?, ?> inner) {
                flatten(prefix + key + ".", inner, plainHere, each);
            } else if (value != null) {
                each.accept(prefix.isEmpty() ? key : prefix + key, value, plainHere);
            }
        });
    }
}
