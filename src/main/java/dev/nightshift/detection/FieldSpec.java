package dev.nightshift.detection;

import java.util.List;
import java.util.Objects;

/**
 * One {@code field|modifier|...: values} entry of a search as written; an empty field means a keyword search over
 * every field value.
 */
record FieldSpec(String field, Pos pos, List<Modifier> modifiers, List<Value> values) {

    /** A modifier as written, with its position. */
    record Modifier(String name, Pos pos) {
        Modifier {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(pos, "pos");
        }
    }

    FieldSpec {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(pos, "pos");
        modifiers = List.copyOf(modifiers);
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a field entry needs at least one value");
        }
    }

    boolean isKeyword() {
        return field.isEmpty();
    }
}
