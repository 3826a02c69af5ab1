package dev.nightshift.scoring;

import dev.nightshift.scenario.EntityKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything about a finished shift that scoring needs, truth included: the alerts and what the trainee did
 * with them, what was contained and when, how each attack stage ended, and the scenario's answer key.
 * {@code attackerEntities} ({@link #entityKey} form) are the entities whose containment is never needless: every
 * entity the answer key names, for any stage, and the hosts a spreading stage infected.
 */
public record ShiftOutcome(String scenarioId, String role, long seed, Instant start, Instant end, Instant endedAt,
                           Instant traineeEndedAt, List<AlertOutcome> alerts, List<ContainmentOutcome> containments,
                           List<StageOutcome> stages, List<RequiredContainment> requiredContainments,
                           List<RequiredEscalation> requiredEscalations, List<Waived> waived,
                           Set<String> attackerEntities, Weights weights, int hintsTaken, int hintsOffered) {

    /** A shift whose scenario offered no hints. */
    public ShiftOutcome(String scenarioId, String role, long seed, Instant start, Instant end, Instant endedAt,
                        Instant traineeEndedAt, List<AlertOutcome> alerts, List<ContainmentOutcome> containments,
                        List<StageOutcome> stages, List<RequiredContainment> requiredContainments,
                        List<RequiredEscalation> requiredEscalations, List<Waived> waived,
                        Set<String> attackerEntities, Weights weights) {
        this(scenarioId, role, seed, start, end, endedAt, traineeEndedAt, alerts, containments, stages,
                requiredContainments, requiredEscalations, waived, attackerEntities, weights, 0, 0);
    }

    public ShiftOutcome {
        if (hintsTaken < 0 || hintsTaken > hintsOffered) {
            throw new IllegalArgumentException("hints taken must be 0.." + hintsOffered + ", got " + hintsTaken);
        }
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(endedAt, "endedAt");
        traineeEndedAt = traineeEndedAt == null ? endedAt : traineeEndedAt;
        waived = List.copyOf(waived);
        attackerEntities = Set.copyOf(attackerEntities);
        alerts = List.copyOf(alerts);
        containments = List.copyOf(containments);
        stages = List.copyOf(stages);
        requiredContainments = List.copyOf(requiredContainments);
        requiredEscalations = List.copyOf(requiredEscalations);
        Objects.requireNonNull(weights, "weights");
    }

    /** How an entity is written in {@code attackerEntities}: {@code host:ws-0112}. */
    public static String entityKey(EntityKind kind, String name) {
        return kind.word() + ":" + name.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * One queue entry: its truth (raised by attack events or not, and since when), how many alerts folded into it,
     * and the trainee's handling: the first action, the verdict and whether it was given after reading the entry
     * ({@code informed}; a blind verdict is a guess), and the escalation.
     */
    public record AlertOutcome(String id, String rule, boolean attack, Set<String> stages, Instant raisedAt,
                               Instant attackSince, int count, Instant firstActionAt, Verdict verdict,
                               boolean informed, Severity escalation, Instant escalatedAt) {
        public AlertOutcome {
            stages = Set.copyOf(stages);
            if (count < 1) {
                throw new IllegalArgumentException("an alert entry holds at least one alert, got " + count);
            }
        }

        /** Closed with a verdict given after reading it. */
        public boolean worked() {
            return verdict != null && informed;
        }
    }

    /** Something the answer key asks for that no alert made possible, so it is not held against the trainee. */
    public record Waived(String stage, String what, String reason) {
    }

    /** An entity the trainee contained, from when until when (null: still contained at the end). */
    public record ContainmentOutcome(EntityKind kind, String name, Instant from, Instant until) implements java.io.Serializable {
    }

    /** How an attack stage played out (status PENDING, RUNNING, DONE or STOPPED) and the hosts its events touched. */
    public record StageOutcome(String id, String technique, String status, Instant firstEvent,
                               Map<EntityKind, String> entities, Set<String> hosts) {
        public StageOutcome {
            entities = Map.copyOf(entities);
            hosts = Set.copyOf(hosts);
        }
    }

    /** The answer key: this entity, used by this stage, should be contained. */
    public record RequiredContainment(String stage, EntityKind kind, String name) {
    }

    /** The answer key: the alerts of this stage should be escalated at least at this severity. */
    public record RequiredEscalation(String stage, Severity severity) {
    }

    /** The scenario's scoring weights, summing to 100. */
    public record Weights(int accuracy, int containment, int response, int fatigue) {
        public Weights {
            if (accuracy < 0 || containment < 0 || response < 0 || fatigue < 0
                    || accuracy + containment + response + fatigue != 100) {
                throw new IllegalArgumentException("scoring weights must be non-negative and sum to 100, got "
                        + accuracy + "+" + containment + "+" + response + "+" + fatigue);
            }
        }
    }
}
