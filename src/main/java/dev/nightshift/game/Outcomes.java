package dev.nightshift.game;

import dev.nightshift.scenario.AnswerKey;
import dev.nightshift.scenario.ContainTarget;
import dev.nightshift.scenario.Escalation;
import dev.nightshift.scenario.ScoringWeights;
import dev.nightshift.scoring.Severity;
import dev.nightshift.scoring.ShiftOutcome;
import dev.nightshift.telemetry.StageState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the truth-bearing {@link ShiftOutcome} of a shift, resolving the answer key against this seed's attack. */
final class Outcomes {

    private Outcomes() {
    }

    static ShiftOutcome of(Shift shift) {
        List<StageState> stages = shift.stages();
        Map<String, StageState> byId = stages.stream().collect(Collectors.toMap(StageState::id, Function.identity()));
        AnswerKey key = shift.scenario().answerKey();
        List<ShiftOutcome.RequiredContainment> contain = new ArrayList<>();
        for (ContainTarget target : key.contain()) {
            StageState stage = byId.get(target.stage());
            String name = ran(stage) ? stage.entities().get(target.entity()) : null;
            if (name != null) {
                contain.add(new ShiftOutcome.RequiredContainment(target.stage(), target.entity(), name));
            }
        }
        List<ShiftOutcome.RequiredEscalation> escalate = key.escalate().stream()
                .filter(e -> ran(byId.get(e.stage())))
                .map(e -> new ShiftOutcome.RequiredEscalation(e.stage(), severity(e)))
                .toList();
        List<ShiftOutcome.AlertOutcome> alerts = shift.alerts().stream().map(Outcomes::alert).toList();
        Map<String, Set<String>> hosts = shift.attackHostsByStage();
        List<ShiftOutcome.StageOutcome> stageOutcomes = stages.stream()
                .map(s -> new ShiftOutcome.StageOutcome(s.id(), s.technique(), s.status().name(), s.firstEvent(),
                        s.entities(), hosts.getOrDefault(s.id(), Set.of())))
                .toList();
        ScoringWeights w = shift.scenario().weights();
        return new ShiftOutcome(shift.scenario().id(), shift.role().word(), shift.seed(), shift.start(), shift.end(),
                shift.now(), alerts, shift.containmentHistory(), stageOutcomes, contain, escalate,
                new ShiftOutcome.Weights(w.accuracy(), w.containment(), w.response(), w.fatigue()));
    }

    /**
     * Whether a stage left any trace. The answer key asks only about stages that ran: a stage the trainee stopped
     * before it began cannot be seen, so neither its entity nor its escalation can be asked for.
     */
    private static boolean ran(StageState stage) {
        return stage != null && stage.firstEvent() != null;
    }

    private static ShiftOutcome.AlertOutcome alert(CaseAlert a) {
        var stages = a.attackStages();
        return new ShiftOutcome.AlertOutcome(a.id(), a.alert().title(), !stages.isEmpty(), stages, a.raisedAt(),
                a.firstActionAt(), a.verdict(), a.escalation(), a.escalatedAt());
    }

    private static Severity severity(Escalation e) {
        return Severity.parse(e.severity()).orElseThrow();
    }

}
