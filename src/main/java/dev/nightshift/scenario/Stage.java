package dev.nightshift.scenario;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One attack stage: its id, ATT&CK technique, timing, the entities it acts with (actor) and on (target),
 * what it emits, the kinds of entity whose containment stops it, how it spreads (null: it does not), and how the
 * attacker reacts when a containment stops it (empty: it gives up).
 */
public record Stage(String id, String technique, StageTiming timing, Map<EntityKind, EntityRef> actor,
                    Map<EntityKind, EntityRef> target, StageAction emits, Set<EntityKind> stoppedBy, Spread spread,
                    Map<EntityKind, Reaction> onContained) implements java.io.Serializable {

    /** A stage whose attacker gives up once contained. */
    public Stage(String id, String technique, StageTiming timing, Map<EntityKind, EntityRef> actor,
                 Map<EntityKind, EntityRef> target, StageAction emits, Set<EntityKind> stoppedBy, Spread spread) {
        this(id, technique, timing, actor, target, emits, stoppedBy, spread, Map.of());
    }

    /** A stage that does not spread. */
    public Stage(String id, String technique, StageTiming timing, Map<EntityKind, EntityRef> actor,
                 Map<EntityKind, EntityRef> target, StageAction emits, Set<EntityKind> stoppedBy) {
        this(id, technique, timing, actor, target, emits, stoppedBy, null, Map.of());
    }

    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(emits, "emits");
        actor = Collections.unmodifiableMap(actor.isEmpty() ? new EnumMap<>(EntityKind.class) : new EnumMap<>(actor));
        target = Collections.unmodifiableMap(target.isEmpty() ? new EnumMap<>(EntityKind.class) : new EnumMap<>(target));
        for (EntityKind kind : actor.keySet()) {
            if (target.containsKey(kind)) {
                throw new IllegalArgumentException("stage " + id + " names its " + kind.word() + " as both actor and target");
            }
        }
        stoppedBy = Collections.unmodifiableSet(stoppedBy.isEmpty() ? EnumSet.noneOf(EntityKind.class) : EnumSet.copyOf(stoppedBy));
        onContained = Collections.unmodifiableMap(onContained == null || onContained.isEmpty()
                ? new EnumMap<>(EntityKind.class) : new EnumMap<>(onContained));
        Map<EntityKind, EntityRef> all = entities(actor, target);
        for (EntityKind kind : emits.needs()) {
            if (!all.containsKey(kind)) {
                throw new IllegalArgumentException("stage " + id + " (" + emits.kind() + ") needs a " + kind.word());
            }
        }
        if (spread != null && !all.containsKey(EntityKind.HOST)) {
            throw new IllegalArgumentException("stage " + id + " spreads, so it needs a host");
        }
        for (EntityKind kind : stoppedBy) {
            if (!all.containsKey(kind)) {
                throw new IllegalArgumentException("stage " + id + " is stopped by a " + kind.word() + " it does not have");
            }
        }
        for (EntityKind kind : onContained.keySet()) {
            if (kind == EntityKind.HOST || !stoppedBy.contains(kind) || spread != null) {
                throw new IllegalArgumentException("stage " + id + " reacts to its " + kind.word() + " being contained:"
                        + " that needs an ip or user under stopped_by, on a stage that does not spread");
            }
        }
    }

    /** Actor and target entities together. */
    public Map<EntityKind, EntityRef> entities() {
        return entities(actor, target);
    }

    private static Map<EntityKind, EntityRef> entities(Map<EntityKind, EntityRef> actor, Map<EntityKind, EntityRef> target) {
        Map<EntityKind, EntityRef> all = new EnumMap<>(EntityKind.class);
        all.putAll(actor);
        all.putAll(target);
        return Collections.unmodifiableMap(all);
    }
}
