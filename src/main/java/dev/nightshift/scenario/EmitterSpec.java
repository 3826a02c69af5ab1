package dev.nightshift.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An attack emitter kind as scenario files name it under {@code emits.kind}: the entities it needs and the parameters it accepts. */
public record EmitterSpec(String kind, Set<EntityKind> needs, List<Param> params, String description) {

    public EmitterSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        needs = Set.copyOf(needs);
        params = List.copyOf(params);
    }

    /** The parameter called {@code name}, or null. */
    public Param param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }
}
