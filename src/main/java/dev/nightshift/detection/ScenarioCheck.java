package dev.nightshift.detection;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.telemetry.Containment;
import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.StageState;
import dev.nightshift.telemetry.Telemetry;
import dev.nightshift.telemetry.TelemetryStream;
import dev.nightshift.telemetry.Truth;
import dev.nightshift.world.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The dry run behind {@code scenario check}: plays a scenario's whole telemetry for a seed, with nothing contained,
 * through the scenario's own rule pack as a trainee's queue would receive it, and judges every alert against the
 * events' hidden truth.
 */
public final class ScenarioCheck {

    private ScenarioCheck() {
    }

    /** Plays {@code scenario} for {@code seed} and reports per stage, per rule and whether it can be won. */
    public static ScenarioCheckReport run(Scenario scenario, long seed) {
        RulePack pack = RulePack.parse(scenario.rules().stream()
                .map(rule -> new SigmaSource(rule.path(), rule.text())).toList());
        RandomStreams streams = new RandomStreams(seed);
        TelemetryStream stream = Telemetry.open(scenario, World.build(scenario, streams), streams);
        DetectionEngine engine = new DetectionEngine(pack);
        Tally tally = new Tally();
        Instant afterEnd = stream.end().plusNanos(1);
        for (Event event = stream.poll(afterEnd, Containment.NONE); event != null;
             event = stream.poll(afterEnd, Containment.NONE)) {
            tally.event(event);
            tally.alerts(engine.process(event), event.timestamp());
        }
        tally.alerts(engine.advanceTo(stream.end()), stream.end());
        List<ScenarioCheckReport.StageCheck> stages = stream.stages().stream().map(tally::stage).toList();
        List<ScenarioCheckReport.RuleCheck> rules = pack.rules().stream()
                .map(rule -> tally.rule(rule, !engine.raisesAlerts(rule.id()))).toList();
        List<String> reasons = Winnability.reasons(scenario.answerKey(), stages);
        return new ScenarioCheckReport(scenario.id(), seed, stream.start(), stream.end(), tally.events,
                tally.attackEvents, stages, rules, pack.errors(), reasons.isEmpty(), reasons);
    }

    /** Counts events and alerts as they flow, keyed by stage id and rule id. */
    private static final class Tally {

        private long events;
        private long attackEvents;
        private final Map<String, Long> stageEvents = new HashMap<>();
        private final Map<String, Integer> alerts = new HashMap<>();
        private final Map<String, Integer> truePositives = new HashMap<>();
        private final Map<String, Map<String, Integer>> stageRules = new HashMap<>();
        private final Map<String, String> titles = new HashMap<>();
        private final Map<String, Instant> firstAlert = new HashMap<>();

        void event(Event event) {
            events++;
            if (event.truth().isAttack()) {
                attackEvents++;
                stageEvents.merge(event.truth().stage(), 1L, Long::sum);
            }
        }

        /**
         * Counts the alerts the engine returned at {@code now}; that is when they reach the queue, later than their
         * own time for a correlation judged when its window closes.
         */
        void alerts(List<Alert> raised, Instant now) {
            for (Alert alert : raised) {
                Instant queued = alert.time().isAfter(now) ? alert.time() : now;
                alerts.merge(alert.ruleId(), 1, Integer::sum);
                titles.put(alert.ruleId(), alert.title());
                Set<String> stages = new HashSet<>();
                for (Event event : alert.events()) {
                    Truth truth = event.truth();
                    if (truth.isAttack()) {
                        stages.add(truth.stage());
                    }
                }
                if (!stages.isEmpty()) {
                    truePositives.merge(alert.ruleId(), 1, Integer::sum);
                }
                for (String stage : stages) {
                    stageRules.computeIfAbsent(stage, s -> new LinkedHashMap<>()).merge(alert.ruleId(), 1, Integer::sum);
                    firstAlert.merge(stage, queued, (a, b) -> a.isAfter(b) ? b : a);
                }
            }
        }

        ScenarioCheckReport.StageCheck stage(StageState state) {
            List<ScenarioCheckReport.StageRule> rules = new ArrayList<>();
            stageRules.getOrDefault(state.id(), Map.of()).forEach((id, count) ->
                    rules.add(new ScenarioCheckReport.StageRule(id, titles.get(id), count)));
            long count = stageEvents.getOrDefault(state.id(), 0L);
            return new ScenarioCheckReport.StageCheck(state.id(), state.technique(),
                    state.status().name().toLowerCase(Locale.ROOT), count, count == 0 ? null : state.firstEvent(),
                    count == 0 ? null : state.lastEvent(), rules, firstAlert.get(state.id()));
        }

        ScenarioCheckReport.RuleCheck rule(SigmaRule rule, boolean feedsOnly) {
            return new ScenarioCheckReport.RuleCheck(rule, alerts.getOrDefault(rule.id(), 0),
                    truePositives.getOrDefault(rule.id(), 0), feedsOnly);
        }
    }
}
