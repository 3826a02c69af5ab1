package dev.nightshift.telemetry;

import dev.nightshift.scenario.EntityKind;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where one attack stage stands: the host, user and IP it acts with, whether it is pending, running, done
 * (all its events are out) or stopped (by containment), the times of its first and last events (null until then),
 * and the entities it acted with earlier and gave up once they were contained (the attacker came back with others).
 */
public record StageState(String id, String technique, Map<EntityKind, String> entities, Status status,
                         Instant firstEvent, Instant lastEvent, Map<EntityKind, List<String>> abandoned) {

    /** The life of a stage. */
    public enum Status { PENDING, RUNNING, DONE, STOPPED }

    /** A stage whose attacker never changed its entities. */
    public StageState(String id, String technique, Map<EntityKind, String> entities, Status status,
                      Instant firstEvent, Instant lastEvent) {
        this(id, technique, entities, status, firstEvent, lastEvent, Map.of());
    }

    public StageState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(status, "status");
        entities = Collections.unmodifiableMap(entities.isEmpty() ? new EnumMap<>(EntityKind.class) : new EnumMap<>(entities));
        Map<EntityKind, List<String>> earlier = new EnumMap<>(EntityKind.class);
        abandoned.forEach((k, v) -> earlier.put(k, List.copyOf(v)));
        abandoned = Collections.unmodifiableMap(earlier);
    }

    /** Every name the stage has acted with as {@code kind}: those it gave up, then the one it uses now. */
    public List<String> everyName(EntityKind kind) {
        List<String> out = new java.util.ArrayList<>(abandoned.getOrDefault(kind, List.of()));
        if (entities.get(kind) != null) {
            out.add(entities.get(kind));
        }
        return out;
    }
}
