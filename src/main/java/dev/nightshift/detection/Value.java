package dev.nightshift.detection;

import java.util.Objects;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** A value written in a rule: null, a Long, a Double, a Boolean or a String, with its source text and position. */
record Value(Object value, String text, Pos pos, ScalarNode node) {

    Value {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        if (value != null && !(value instanceof String || value instanceof Long || value instanceof Double
                || value instanceof Boolean)) {
            throw new IllegalArgumentException("unsupported value type " + value.getClass().getSimpleName());
        }
    }

    boolean isNull() {
        return value == null;
    }
}
