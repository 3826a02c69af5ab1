package dev.nightshift.detection;

import dev.nightshift.scenario.AnswerKey;
import dev.nightshift.scenario.ContainTarget;
import dev.nightshift.scenario.Escalation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a defender watching the alert queue could win a scenario: every stage the answer key asks to escalate or
 * contain raises at least one alert, and each stage to contain raises one before the last stage of the attack
 * begins (when that stage is itself the last, before its last event, so containing it still cuts it short). A
 * scenario without attack stages, a quiet night, is won by not over-reacting, so nothing stands in its way.
 */
final class Winnability {

    private Winnability() {
    }

    /** What stands in the way of winning, one sentence each; empty when the scenario can be won. */
    static List<String> reasons(AnswerKey key, List<ScenarioCheckReport.StageCheck> stages) {
        Map<String, ScenarioCheckReport.StageCheck> byId = new LinkedHashMap<>();
        stages.forEach(stage -> byId.put(stage.id(), stage));
        Map<String, List<String>> asks = new LinkedHashMap<>();
        for (Escalation escalation : key.escalate()) {
            asks.computeIfAbsent(escalation.stage(), s -> new ArrayList<>()).add("to escalate it");
        }
        for (ContainTarget target : key.contain()) {
            asks.computeIfAbsent(target.stage(), s -> new ArrayList<>())
                    .add("to contain its " + target.entity().word());
        }
        List<String> reasons = new ArrayList<>();
        asks.forEach((id, what) -> {
            ScenarioCheckReport.StageCheck stage = byId.get(id);
            String wants = "the answer key asks " + String.join(" and ", what);
            if (stage == null || stage.events() == 0) {
                reasons.add("stage " + id + " emits no event in the shift, yet " + wants);
            } else if (!stage.detected()) {
                reasons.add("no rule raises an alert on stage " + id + " (" + stage.technique() + ", " + stage.events()
                        + (stage.events() == 1 ? " event" : " events") + "), yet " + wants);
            }
        });
        ScenarioCheckReport.StageCheck last = stages.stream().filter(s -> s.events() > 0)
                .max(Comparator.comparing(ScenarioCheckReport.StageCheck::firstEvent)).orElse(null);
        for (ContainTarget target : key.contain()) {
            ScenarioCheckReport.StageCheck stage = byId.get(target.stage());
            if (stage == null || !stage.detected()) {
                continue;
            }
            boolean isLast = stage.id().equals(last.id());
            Instant deadline = isLast ? stage.lastEvent() : last.firstEvent();
            if (!stage.firstAlert().isBefore(deadline)) {
                reasons.add("the first alert on stage " + target.stage() + " comes at " + stage.firstAlert() + ", not "
                        + (isLast ? "before its last event at " : "before the last stage, " + last.id()
                        + ", begins at ") + deadline + ": nobody can contain its " + target.entity().word() + " in time");
            }
        }
        return reasons;
    }
}
