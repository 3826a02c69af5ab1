package dev.nightshift.engineer;

import dev.nightshift.detection.Alert;
import dev.nightshift.detection.RulePack;
import dev.nightshift.detection.SigmaFilter;
import dev.nightshift.detection.SigmaRule;
import dev.nightshift.game.AlertSubject;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scoring.EngineerCard;
import dev.nightshift.scoring.EngineerOutcome;
import dev.nightshift.telemetry.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grades a deployed change set on the held-out week, the days after the window that the engineer never saw: the
 * scenario's original pack and the deployed one run side by side over the same events, and the truth of those
 * events says which alerts were attacks and which stage instances each pack caught.
 */
final class HeldOut {

    /** An expiry further away than this is a permanent exclusion in all but name. */
    static final Duration LONGEST_EXPIRY = Duration.ofDays(365);

    private HeldOut() {
    }

    /** Grades each change set (all on the same scenario's pack) in one pass over the held-out week. */
    static List<EngineerOutcome> grade(Scenario scenario, long seed, List<ChangeSet> sets, Instant now) {
        Week week = Week.of(scenario, seed, Week.Part.HELD_OUT);
        PackRun original = new PackRun(sets.get(0).original());
        List<PackRun> deployed = sets.stream().map(c -> new PackRun(c.pack())).toList();
        History.Incidents incidents = new History.Incidents();
        long[] events = {0};
        week.play(new Week.DaySink() {
            @Override
            public void accept(Week.Day day, Event event) {
                events[0]++;
                incidents.event(day, event);
                original.event(event);
                deployed.forEach(d -> d.event(event));
            }

            @Override
            public void dayEnds(Week.Day day, Instant end) {
                original.dayEnds(end);
                deployed.forEach(d -> d.dayEnds(end));
            }
        });
        List<EngineerOutcome> out = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            out.add(outcome(scenario, seed, sets.get(i), now, week, incidents, original, deployed.get(i), events[0]));
        }
        return out;
    }

    private static EngineerOutcome outcome(Scenario scenario, long seed, ChangeSet changes, Instant now, Week week,
                                           History.Incidents incidents, PackRun original, PackRun deployed,
                                           long events) {
        RulePack before = changes.original();
        RulePack after = changes.pack();
        List<Incident> all = incidents.all();
        Map<Long, Incident> byEvent = new HashMap<>();
        for (Incident incident : all) {
            incident.events().forEach(e -> byEvent.put(e, incident));
        }
        Set<Incident> caughtBefore = caught(original.alerts(), byEvent);
        Set<Incident> caughtAfter = caught(deployed.alerts(), byEvent);
        int kept = (int) caughtBefore.stream().filter(caughtAfter::contains).count();
        List<EngineerCard.RuleLine> rules = ruleLines(before, after, changes, original.alerts(), deployed.alerts(), byEvent);
        List<EngineerCard.Hidden> hidden = hidden(original.alerts(), deployed.alerts(), byEvent, changes);
        return new EngineerOutcome(scenario.id(), seed, scenario.engineer().weights(),
                scenario.engineer().triageMinutes(), all.size(), caughtBefore.size(), caughtAfter.size(), kept,
                original.alerts().size(), deployed.alerts().size(), falsePositives(original.alerts()),
                falsePositives(deployed.alerts()), hygiene(changes, now), rules, hidden, week.start().toString(),
                week.end().toString(), events);
    }

    private static Set<Incident> caught(List<Alert> alerts, Map<Long, Incident> byEvent) {
        Set<Incident> caught = new LinkedHashSet<>();
        for (Alert alert : alerts) {
            for (Event e : alert.events()) {
                Incident incident = byEvent.get(e.index());
                if (incident != null) {
                    caught.add(incident);
                }
            }
        }
        return caught;
    }

    static boolean isAttack(Alert alert) {
        return alert.events().stream().anyMatch(e -> e.truth().isAttack());
    }

    private static int falsePositives(List<Alert> alerts) {
        return (int) alerts.stream().filter(a -> !isAttack(a)).count();
    }

    private static List<EngineerCard.RuleLine> ruleLines(RulePack before, RulePack after, ChangeSet changes,
                                                         List<Alert> was, List<Alert> now,
                                                         Map<Long, Incident> byEvent) {
        Map<String, SigmaRule> rules = new LinkedHashMap<>();
        before.rules().forEach(r -> rules.put(r.id(), r));
        after.rules().forEach(r -> rules.putIfAbsent(r.id(), r));
        List<EngineerCard.RuleLine> lines = new ArrayList<>();
        for (SigmaRule rule : rules.values()) {
            List<Alert> b = was.stream().filter(a -> a.ruleId().equals(rule.id())).toList();
            List<Alert> a = now.stream().filter(x -> x.ruleId().equals(rule.id())).toList();
            if (b.isEmpty() && a.isEmpty() && changes.state(rule) == ChangeSet.State.ORIGINAL) {
                continue;
            }
            lines.add(new EngineerCard.RuleLine(rule.id(), rule.title(), word(changes.state(rule)), b.size(), a.size(),
                    falsePositives(b), falsePositives(a), caught(b, byEvent).size(), caught(a, byEvent).size()));
        }
        return lines;
    }

    private static List<EngineerCard.Hidden> hidden(List<Alert> was, List<Alert> now, Map<Long, Incident> byEvent,
                                                    ChangeSet changes) {
        Set<Long> stillSeen = new HashSet<>();
        now.forEach(a -> a.events().forEach(e -> stillSeen.add(e.index())));
        Map<Long, EngineerCard.Hidden> hidden = new java.util.TreeMap<>();
        for (Alert alert : was) {
            for (Event e : alert.events()) {
                Incident incident = byEvent.get(e.index());
                if (incident != null && !stillSeen.contains(e.index()) && !hidden.containsKey(e.index())) {
                    SigmaRule rule = changes.rule(alert.ruleId());
                    hidden.put(e.index(), new EngineerCard.Hidden(e.timestamp().toString(), e.host(),
                            AlertSubject.userOf(e), incident.stage(), incident.technique(), rule.title(),
                            word(changes.state(rule))));
                }
            }
        }
        return new ArrayList<>(hidden.values());
    }

    /** The hygiene of every exclusion the engineer added and every rule they disabled. */
    static List<EngineerCard.Change> hygiene(ChangeSet changes, Instant now) {
        Set<String> originalFilters = new HashSet<>();
        changes.original().filters().forEach(f -> originalFilters.add(f.id()));
        List<EngineerCard.Change> out = new ArrayList<>();
        for (ChangeSet.Exclusion e : changes.exclusions()) {
            SigmaFilter f = e.filter();
            if (originalFilters.contains(f.id())) {
                continue;
            }
            boolean expiryOk = f.expires() != null && f.expires().isAfter(now)
                    && !f.expires().isAfter(now.plus(LONGEST_EXPIRY));
            double score = ((present(f.owner()) ? 1 : 0) + (present(f.reason()) ? 1 : 0) + (expiryOk ? 1 : 0)) / 3.0;
            String rules = String.join(", ", f.rules().stream().map(r -> changes.rule(r).title()).toList());
            out.add(new EngineerCard.Change("exclusion", f.file(), rules, f.owner(), f.reason(),
                    f.expires() == null ? null : lastDay(f.expires()), expiryOk, e.breadth().broad(),
                    e.breadth().why(), Math.round(score * 1000) / 1000.0));
        }
        for (ChangeSet.Disable d : changes.disables()) {
            double score = ((present(d.owner()) ? 1 : 0) + (present(d.reason()) ? 1 : 0)) / 2.0;
            out.add(new EngineerCard.Change("disabled", d.ruleId(), d.title(), d.owner(), d.reason(), null, false,
                    true, "a disabled rule sees nothing at all", score));
        }
        return out;
    }

    /** The last day an exclusion applies: an expiry at midnight ends the day before. */
    static String lastDay(Instant expires) {
        return expires.minusNanos(1).atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    static String word(ChangeSet.State state) {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }
}
