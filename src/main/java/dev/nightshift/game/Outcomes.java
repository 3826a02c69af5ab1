package dev.nightshift.game;

import dev.nightshift.scenario.AnswerKey;
import dev.nightshift.scenario.ContainTarget;
import dev.nightshift.scenario.Escalation;
import dev.nightshift.scenario.ScoringWeights;
import dev.nightshift.scoring.Severity;
import dev.nightshift.scoring.ShiftOutcome;
import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.StageState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the truth-bearing {@link ShiftOutcome} of a shift, resolving the answer key against this seed's attack.
 * The key asks only for what the alerts made possible: a stage that never ran, a stage no alert showed, or an
 * entity no alert named cannot be escalated or contained by someone watching the queue, so it is waived.
 */
final class Outcomes {

    private Outcomes() {
    }

    static ShiftOutcome of(Shift shift) {
        List<StageState> stages = shift.stages();
        Map<String, StageState> byId = stages.stream().collect(Collectors.toMap(StageState::id, Function.identity()));
        AnswerKey key = shift.scenario().answerKey();
        List<CaseAlert> queue = shift.alerts();
        List<ShiftOutcome.Waived> waived = new ArrayList<>();
        List<ShiftOutcome.RequiredContainment> contain = new ArrayList<>();
        for (ContainTarget target : key.contain()) {
            StageState stage = byId.get(target.stage());
            // an attacker that came back with another address or account is to be contained under each name
            for (String name : ran(stage) ? stage.everyName(target.entity()) : List.<String>of()) {
                String what = "contain the " + target.entity().word() + " " + name;
                if (!shown(queue, target.stage())) {
                    waived.add(new ShiftOutcome.Waived(target.stage(), what, "no alert showed stage " + target.stage()));
                } else if (queue.stream().noneMatch(a -> named(a, name))) {
                    waived.add(new ShiftOutcome.Waived(target.stage(), what, "no alert named " + name));
                } else {
                    contain.add(new ShiftOutcome.RequiredContainment(target.stage(), target.entity(), name));
                }
            }
        }
        List<ShiftOutcome.RequiredEscalation> escalate = new ArrayList<>();
        for (Escalation e : key.escalate()) {
            if (!ran(byId.get(e.stage()))) {
                continue;
            }
            if (shown(queue, e.stage())) {
                escalate.add(new ShiftOutcome.RequiredEscalation(e.stage(), severity(e)));
            } else {
                waived.add(new ShiftOutcome.Waived(e.stage(), "escalate stage " + e.stage() + " at " + e.severity(),
                        "no alert showed stage " + e.stage()));
            }
        }
        List<ShiftOutcome.AlertOutcome> alerts = queue.stream().map(Outcomes::alert).toList();
        Map<String, Set<String>> hosts = shift.attackHostsByStage();
        List<ShiftOutcome.StageOutcome> stageOutcomes = stages.stream()
                .map(s -> new ShiftOutcome.StageOutcome(s.id(), s.technique(), s.status().name(), s.firstEvent(),
                        s.entities(), hosts.getOrDefault(s.id(), Set.of())))
                .toList();
        Set<String> attacker = new java.util.HashSet<>();
        for (ContainTarget target : key.contain()) {
            StageState stage = byId.get(target.stage());
            if (stage != null) {
                stage.everyName(target.entity()).forEach(n -> attacker.add(ShiftOutcome.entityKey(target.entity(), n)));
            }
        }
        // the addresses and accounts an attacker came back with are the attacker's too
        stages.forEach(s -> s.abandoned().keySet().forEach(kind -> s.everyName(kind)
                .forEach(n -> attacker.add(ShiftOutcome.entityKey(kind, n)))));
        shift.scenario().stages().stream().filter(s -> s.spread() != null)
                .forEach(s -> hosts.getOrDefault(s.id(), Set.of())
                        .forEach(h -> attacker.add(ShiftOutcome.entityKey(dev.nightshift.scenario.EntityKind.HOST, h))));
        ScoringWeights w = shift.scenario().weights();
        return new ShiftOutcome(shift.scenario().id(), shift.role().word(), shift.seed(), shift.start(), shift.end(),
                shift.now(), shift.traineeEndedAt(), alerts, shift.containmentHistory(), stageOutcomes, contain,
                escalate, waived, attacker, new ShiftOutcome.Weights(w.accuracy(), w.containment(), w.response(), w.fatigue()),
                shift.hintsTaken(), shift.hintsAllowed() ? shift.hintsTotal() : 0);
    }

    /**
     * Whether a stage left any trace. The answer key asks only about stages that ran: a stage the trainee stopped
     * before it began cannot be seen, so neither its entity nor its escalation can be asked for.
     */
    private static boolean ran(StageState stage) {
        return stage != null && stage.firstEvent() != null;
    }

    private static boolean shown(List<CaseAlert> queue, String stage) {
        return queue.stream().anyMatch(a -> a.attackStages().contains(stage));
    }

    /** Whether any event of the alert carries the entity's name as a value (user names also as DOMAIN\name, UPN or ARN). */
    static boolean named(CaseAlert alert, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Event event : alert.events()) {
            if (event.host() != null && event.host().equalsIgnoreCase(name)) {
                return true;
            }
            if (mentions(event.fields().values(), wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(java.util.Collection<?> values, String wanted) {
        for (Object value : values) {
            if (value instanceof Map<?, ?> nested) {
                if (mentions(nested.values(), wanted)) {
                    return true;
                }
            } else if (value != null) {
                String v = value.toString().toLowerCase(Locale.ROOT);
                if (v.equals(wanted) || v.endsWith("\\" + wanted) || v.endsWith("/" + wanted)
                        || v.startsWith(wanted + "@") || v.startsWith(wanted + ".")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ShiftOutcome.AlertOutcome alert(CaseAlert a) {
        var stages = a.attackStages();
        return new ShiftOutcome.AlertOutcome(a.id(), a.alert().title(), !stages.isEmpty(), stages, a.raisedAt(),
                a.attackSince(), a.count(), a.firstActionAt(), a.verdict(), a.informed(), a.escalation(),
                a.escalatedAt());
    }

    private static Severity severity(Escalation e) {
        return Severity.parse(e.severity()).orElseThrow();
    }
}
