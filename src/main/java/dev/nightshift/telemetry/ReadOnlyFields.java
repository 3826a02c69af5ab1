package dev.nightshift.telemetry;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The read-only, insertion-ordered field map an {@link Event} holds. Generators hand over a map they built and
 * never touch again ({@link #own}), so an event's fields are not copied on the hot path, not even when it is re-indexed.
 */
final class ReadOnlyFields extends AbstractMap<String, Object> implements java.io.Serializable {

    private final Map<String, Object> fields;

    private ReadOnlyFields(Map<String, Object> fields) {
        this.fields = fields;
    }

    /** Wraps a map its builder hands over and will not change again. */
    static Map<String, Object> own(Map<String, Object> fields) {
        return new ReadOnlyFields(fields);
    }

    /** A read-only copy of any map, keeping its order; a map that is already read-only is returned as it is. */
    static Map<String, Object> copyOf(Map<String, Object> fields) {
        return fields instanceof ReadOnlyFields ? fields : new ReadOnlyFields(new LinkedHashMap<>(fields));
    }

    @Override
    public Object get(Object key) {
        return fields.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return fields.containsKey(key);
    }

    @Override
    public int size() {
        return fields.size();
    }

    /** The values in order, read straight from the map (keyword rules read every value of every event). */
    @Override
    public java.util.Collection<Object> values() {
        return Collections.unmodifiableCollection(fields.values());
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return Collections.unmodifiableMap(fields).entrySet();
    }
}
