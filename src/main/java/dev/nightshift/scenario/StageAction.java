package dev.nightshift.scenario;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an attack stage emits: a registered emitter kind (see {@link Vocabulary#emitters()}) and its parameters,
 * every one filled in (the scenario's value or the emitter's default) and checked against the emitter's ranges.
 */
public record StageAction(String kind, Map<String, Object> params) implements java.io.Serializable {

    public StageAction {
        Objects.requireNonNull(kind, "kind");
        EmitterSpec spec = Vocabulary.emitter(kind).orElseThrow(() -> new IllegalArgumentException("unknown emitter " + kind));
        Map<String, Object> filled = new LinkedHashMap<>();
        for (Param p : spec.params()) {
            Object value = params.containsKey(p.name()) ? params.get(p.name()) : p.fallback();
            if (value == null) {
                throw new IllegalArgumentException(kind + " needs " + p.name());
            }
            check(p, value);
            filled.put(p.name(), value);
        }
        for (String name : params.keySet()) {
            if (spec.param(name) == null) {
                throw new IllegalArgumentException(kind + " takes no parameter " + name);
            }
        }
        params = Collections.unmodifiableMap(filled);
    }

    /** An action with every parameter at its default. */
    public static StageAction of(String kind) {
        return new StageAction(kind, Map.of());
    }

    /** The entities (actor and target together) a stage of this kind must name. */
    public Set<EntityKind> needs() {
        return Vocabulary.emitter(kind).orElseThrow().needs();
    }

    public int number(String name) {
        return ((Long) params.get(name)).intValue();
    }

    public Duration duration(String name) {
        return (Duration) params.get(name);
    }

    public String text(String name) {
        return (String) params.get(name);
    }

    private static void check(Param p, Object value) {
        switch (p.type()) {
            case INT -> {
                if (!(value instanceof Long n) || n < p.min() || n > p.max()) {
                    throw new IllegalArgumentException(p.name() + " must be a whole number between " + p.min() + " and " + p.max());
                }
            }
            case DURATION -> {
                if (!(value instanceof Duration d) || d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException(p.name() + " must be a positive duration");
                }
            }
            case TEXT -> {
                if (!(value instanceof String)) {
                    throw new IllegalArgumentException(p.name() + " must be text");
                }
            }
        }
    }
}
