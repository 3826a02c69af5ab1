package dev.nightshift.game;

import dev.nightshift.scenario.ContainTarget;
import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scenario.Escalation;
import dev.nightshift.scoring.Severity;
import dev.nightshift.telemetry.StageState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hidden truth of a shift's alerts and its answer key, for the oracle player that calibrates a scenario's
 * score and for nothing else: no trainee command may use it (an architecture test holds the shell away from it).
 */
public final class Hindsight {

    private Hindsight() {
    }

    /** The attack stages whose events are behind the alert; empty for noise. */
    public static Set<String> stages(CaseAlert alert) {
        return alert.attackStages();
    }

    /** The entities the answer key wants contained for the alert's stages, by the names this seed gave them. */
    public static Map<EntityKind, java.util.List<String>> toContain(Shift shift, CaseAlert alert) {
        Set<String> stages = alert.attackStages();
        Map<EntityKind, java.util.List<String>> wanted = new LinkedHashMap<>();
        for (ContainTarget target : shift.scenario().answerKey().contain()) {
            if (!stages.contains(target.stage())) {
                continue;
            }
            shift.stages().stream().filter(s -> s.id().equals(target.stage())).map(StageState::entities)
                    .map(e -> e.get(target.entity())).filter(java.util.Objects::nonNull).findFirst()
                    .ifPresent(name -> wanted.computeIfAbsent(target.entity(), k -> new java.util.ArrayList<>()).add(name));
        }
        return wanted;
    }

    /** The highest severity the answer key asks for any of the alert's stages, if it asks for one. */
    public static Optional<Severity> severity(Shift shift, CaseAlert alert) {
        Set<String> stages = alert.attackStages();
        return shift.scenario().answerKey().escalate().stream().filter(e -> stages.contains(e.stage()))
                .map(Escalation::severity).map(s -> Severity.parse(s).orElseThrow())
                .max(Enum::compareTo);
    }
}
