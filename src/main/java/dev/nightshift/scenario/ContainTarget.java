package dev.nightshift.scenario;

import java.util.Objects;

/** The entity of this kind that this stage acts with (its source IP, its user, its host) should be contained. */
public record ContainTarget(String stage, EntityKind entity) {

    public ContainTarget {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(entity, "entity");
    }
}
