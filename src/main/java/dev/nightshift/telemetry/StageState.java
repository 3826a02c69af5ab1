package dev.nightshift.telemetry;

import dev.nightshift.scenario.EntityKind;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where one attack stage stands: the host, user and IP it acts with, whether it is pending, running, done
 * (all its events are out) or stopped (by containment), and the times of its first and last events (null until then).
 */
public record StageState(String id, String technique, Map<EntityKind, String> entities, Status status,
                         Instant firstEvent, Instant lastEvent) {

    /** The life of a stage. */
    public enum Status { PENDING, RUNNING, DONE, STOPPED }

    public StageState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(status, "status");
        entities = Collections.unmodifiableMap(entities.isEmpty() ? new EnumMap<>(EntityKind.class) : new EnumMap<>(entities));
    }
}
