package dev.nightshift.game;

import dev.nightshift.scenario.ContainTarget;
import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scenario.Escalation;
import dev.nightshift.scoring.Severity;
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
            // an attacker that came back under another name: the names this alert shows, else the one it uses now
            shift.stages().stream().filter(s -> s.id().equals(target.stage())).findFirst().ifPresent(stage -> {
                java.util.List<String> names = stage.everyName(target.entity());
                java.util.List<String> shown = names.stream().filter(n -> Outcomes.named(alert, n)).toList();
                java.util.List<String> chosen = shown.isEmpty() && stage.entities().get(target.entity()) != null
                        ? java.util.List.of(stage.entities().get(target.entity())) : shown;
                chosen.forEach(n -> wanted.computeIfAbsent(target.entity(), k -> new java.util.ArrayList<>()).add(n));
            });
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
