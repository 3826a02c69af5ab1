package dev.nightshift.engineer;

import dev.nightshift.detection.Alert;
import dev.nightshift.detection.SigmaRule;
import dev.nightshift.game.AlertSubject;
import dev.nightshift.telemetry.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The change set replayed on the history, judged by what the engineer can know: the analysts' verdicts on last
 * week's alerts and the incidents the analysts found by hand. Per rule: alerts before and after, false positives
 * removed, true detections lost (by time, host and user), detections gained and how many of them land on a
 * found-by-hand incident. An alert after the change is the same as one before when it shares an event with it.
 */
public record Backtest(List<RuleResult> rules, int handFound, int handFoundCaught) {

    /** A true detection of last week that the change set no longer raises. */
    public record Lost(String alertId, Instant time, String host, String user) {
    }

    /** One rule's backtest. */
    public record RuleResult(SigmaRule rule, ChangeSet.State state, int before, int after, int falsePositivesRemoved,
                             List<Lost> truePositivesLost, int gained, int gainedOnTickets) {
    }

    static Backtest run(History history, ChangeSet changes, List<SigmaRule> only) {
        List<Alert> after = PackRun.over(changes.pack(), history);
        Map<String, List<Alert>> afterByRule = new LinkedHashMap<>();
        after.forEach(a -> afterByRule.computeIfAbsent(a.ruleId(), r -> new ArrayList<>()).add(a));
        Map<String, List<HistoryAlert>> beforeByRule = new LinkedHashMap<>();
        history.alerts().forEach(a -> beforeByRule.computeIfAbsent(a.alert().ruleId(), r -> new ArrayList<>()).add(a));
        Map<Long, Incident> handFound = new HashMap<>();
        for (Incident incident : history.handFound()) {
            incident.events().forEach(e -> handFound.put(e, incident));
        }
        Map<String, SigmaRule> rules = new LinkedHashMap<>();
        changes.original().rules().forEach(r -> rules.put(r.id(), r));
        changes.pack().rules().forEach(r -> rules.putIfAbsent(r.id(), r));
        List<RuleResult> results = new ArrayList<>();
        for (SigmaRule rule : rules.values()) {
            if (!only.isEmpty() && only.stream().noneMatch(o -> o.id().equals(rule.id()))) {
                continue;
            }
            List<HistoryAlert> was = beforeByRule.getOrDefault(rule.id(), List.of());
            List<Alert> now = afterByRule.getOrDefault(rule.id(), List.of());
            Set<Long> nowEvents = events(now);
            int fpRemoved = 0;
            List<Lost> lost = new ArrayList<>();
            Set<Long> wasEvents = new HashSet<>();
            for (HistoryAlert a : was) {
                Set<Long> own = events(List.of(a.alert()));
                wasEvents.addAll(own);
                if (own.stream().noneMatch(nowEvents::contains)) {
                    if (a.labelledTrue()) {
                        Map<String, String> subject = AlertSubject.of(a.alert());
                        Event last = a.alert().events().get(a.alert().events().size() - 1);
                        lost.add(new Lost(a.id(), a.alert().time(), subject.getOrDefault("host", last.host()),
                                subject.get("user")));
                    } else {
                        fpRemoved++;
                    }
                }
            }
            int gained = 0;
            int onTickets = 0;
            for (Alert a : now) {
                Set<Long> own = events(List.of(a));
                if (own.stream().noneMatch(wasEvents::contains)) {
                    gained++;
                    if (own.stream().anyMatch(handFound::containsKey)) {
                        onTickets++;
                    }
                }
            }
            results.add(new RuleResult(rule, changes.state(rule), was.size(), now.size(), fpRemoved, lost, gained,
                    onTickets));
        }
        Set<Incident> covered = new HashSet<>();
        for (Alert a : after) {
            for (Event e : a.events()) {
                Incident incident = handFound.get(e.index());
                if (incident != null) {
                    covered.add(incident);
                }
            }
        }
        return new Backtest(results, history.handFound().size(), covered.size());
    }

    private static Set<Long> events(List<Alert> alerts) {
        Set<Long> out = new HashSet<>();
        alerts.forEach(a -> a.events().forEach(e -> out.add(e.index())));
        return out;
    }
}
