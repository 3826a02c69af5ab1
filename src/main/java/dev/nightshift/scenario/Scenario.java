package dev.nightshift.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded, valid scenario: identity and briefing, the organisation, benign noise and look-alikes, the
 * attack stages, the rule pack, the answer key and the scoring weights.
 */
public record Scenario(String id, String title, String summary, String difficulty, List<String> roles,
                       Duration duration, Instant start, long seed, String briefing, List<String> hints,
                       Organisation organisation, List<NoiseSource> noise, List<Lookalike> lookalikes,
                       List<Stage> stages, List<RuleSource> rules, AnswerKey answerKey, ScoringWeights weights,
                       List<Play> playbook, Engineering engineer, Intel intel) {

    /** The difficulty levels, easiest first. */
    public static final List<String> DIFFICULTIES = List.of("easy", "medium", "hard");
    /** The roles a scenario can be played in. */
    public static final List<String> ROLES = List.of("analyst", "engineer");

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(briefing, "briefing");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(answerKey, "answerKey");
        Objects.requireNonNull(weights, "weights");
        if (!DIFFICULTIES.contains(difficulty)) {
            throw new IllegalArgumentException("difficulty must be easy, medium or hard, got " + difficulty);
        }
        roles = List.copyOf(roles);
        playbook = List.copyOf(playbook);
        engineer = engineer == null ? Engineering.DEFAULT : engineer;
        intel = intel == null ? Intel.DEFAULT : intel;
        if (roles.isEmpty() || !ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("roles must be analyst and/or engineer, got " + roles);
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive");
        }
        hints = List.copyOf(hints);
        noise = List.copyOf(noise);
        lookalikes = List.copyOf(lookalikes);
        stages = List.copyOf(stages);
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (Stage stage : stages) {
            if (!ids.add(stage.id())) {
                throw new IllegalArgumentException("duplicate stage id " + stage.id());
            }
        }
        for (Stage stage : stages) {
            Set<String> seen = new HashSet<>();
            for (Stage s = stage; s.timing().isAfter(); ) {
                String after = s.timing().after();
                if (!ids.contains(after)) {
                    throw new IllegalArgumentException("stage " + s.id() + " starts after " + after + ", which does not exist");
                }
                if (!seen.add(after)) {
                    throw new IllegalArgumentException("stage " + stage.id() + " waits in a cycle of 'after'");
                }
                s = stagesById(stages, after);
            }
        }
        for (Escalation e : answerKey.escalate()) {
            requireStage(ids, e.stage());
        }
        for (ContainTarget c : answerKey.contain()) {
            requireStage(ids, c.stage());
        }
    }

    /** A scenario without its intel section (the default feeds apply). */
    public Scenario(String id, String title, String summary, String difficulty, List<String> roles,
                    Duration duration, Instant start, long seed, String briefing, List<String> hints,
                    Organisation organisation, List<NoiseSource> noise, List<Lookalike> lookalikes,
                    List<Stage> stages, List<RuleSource> rules, AnswerKey answerKey, ScoringWeights weights,
                    List<Play> playbook, Engineering engineer) {
        this(id, title, summary, difficulty, roles, duration, start, seed, briefing, hints, organisation, noise,
                lookalikes, stages, rules, answerKey, weights, playbook, engineer, null);
    }

    /** A scenario without its engineer's section (the defaults apply): for scenarios built in code. */
    public Scenario(String id, String title, String summary, String difficulty, List<String> roles,
                    Duration duration, Instant start, long seed, String briefing, List<String> hints,
                    Organisation organisation, List<NoiseSource> noise, List<Lookalike> lookalikes,
                    List<Stage> stages, List<RuleSource> rules, AnswerKey answerKey, ScoringWeights weights,
                    List<Play> playbook) {
        this(id, title, summary, difficulty, roles, duration, start, seed, briefing, hints, organisation, noise,
                lookalikes, stages, rules, answerKey, weights, playbook, null, null);
    }

    /** The same scenario played from {@code newStart} for {@code newDuration}: another day of the organisation. */
    public Scenario at(Instant newStart, Duration newDuration) {
        return new Scenario(id, title, summary, difficulty, roles, newDuration, newStart, seed, briefing, hints,
                organisation, noise, lookalikes, stages, rules, answerKey, weights, playbook, engineer, intel);
    }

    /** The same scenario with no attack: a day of the organisation's noise and look-alikes only. */
    public Scenario withoutAttack() {
        return new Scenario(id, title, summary, difficulty, roles, duration, start, seed, briefing, hints,
                organisation, noise, lookalikes, List.of(), rules, new AnswerKey(List.of(), List.of()), weights,
                playbook, engineer, intel);
    }

    /**
     * The same scenario as numbered variant {@code n} of an assessment: the same stages, rules, key and weights, played
     * by an organisation whose host names and addresses belong to that variant alone (see
     * {@link Organisation#asVariant}).
     */
    public Scenario asVariant(int n) {
        return new Scenario(id, title, summary, difficulty, roles, duration, start, seed, briefing, hints,
                organisation.asVariant(n), noise, lookalikes, stages, rules, answerKey, weights, playbook, engineer);
    }

    /** The same scenario with another rule pack. */
    public Scenario withRules(List<RuleSource> newRules) {
        return new Scenario(id, title, summary, difficulty, roles, duration, start, seed, briefing, hints,
                organisation, noise, lookalikes, stages, newRules, answerKey, weights, playbook, engineer, intel);
    }

    /** The stage with this id. */
    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    /** The end of the shift: start plus duration. */
    public Instant end() {
        return start.plus(duration);
    }

    private static Stage stagesById(List<Stage> stages, String id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static void requireStage(Set<String> ids, String stage) {
        if (!ids.contains(stage)) {
            throw new IllegalArgumentException("the answer key names stage " + stage + ", which does not exist");
        }
    }
}
