package dev.nightshift.detection;

import java.util.List;
import java.util.Objects;

/** A detection's condition as a tree over its search identifiers; {@code 1 of}/{@code all of} become Or/And (even of one). */
public sealed interface Condition {

    /** True when every part holds. */
    record And(List<Condition> parts) implements Condition {
        public And {
            parts = List.copyOf(parts);
        }
    }

    /** True when any part holds. */
    record Or(List<Condition> parts) implements Condition {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    /** True when the inner condition does not hold. */
    record Not(Condition inner) implements Condition {
        public Not {
            Objects.requireNonNull(inner, "inner");
        }
    }

    /** True when the named search matches. */
    record Ref(String name) implements Condition {
        public Ref {
            Objects.requireNonNull(name, "name");
        }
    }
}
