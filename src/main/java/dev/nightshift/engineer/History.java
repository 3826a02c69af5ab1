package dev.nightshift.engineer;

import dev.nightshift.attack.AttackCatalogue;
import dev.nightshift.attack.Technique;
import dev.nightshift.detection.Alert;
import dev.nightshift.detection.RulePack;
import dev.nightshift.detection.SigmaRule;
import dev.nightshift.game.AlertSubject;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.telemetry.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.nightshift.sim.SeededRandom;

/**
 * The past week the change window shows: every event of the organisation's shifts on the days before the scenario's
 * date, every alert the scenario's own rule pack raised on them with the analysts' verdict, the incidents of the
 * attack (kept inside this package), and the tickets the analysts wrote: the noisy rules and the attacks they found
 * by hand with no rule firing.
 */
public final class History {

    /** A rule needs this many alerts in the week, and this share closed as false positive, to get a ticket. */
    static final int NOISY_MIN_ALERTS = 5;
    static final double NOISY_SHARE = 0.5;

    private final Scenario scenario;
    private final RulePack original;
    private final Week week;
    private final List<Event> events;
    private final List<Instant> dayEnds;
    private final List<HistoryAlert> alerts;
    private final List<Incident> incidents;
    private final List<Ticket> tickets;
    private final List<Incident> handFound;

    private History(Scenario scenario, RulePack original, Week week, List<Event> events, List<Instant> dayEnds,
                    List<HistoryAlert> alerts, List<Incident> incidents, List<Ticket> tickets) {
        this.scenario = scenario;
        this.original = original;
        this.week = week;
        this.events = Collections.unmodifiableList(events);
        this.dayEnds = List.copyOf(dayEnds);
        this.alerts = List.copyOf(alerts);
        this.incidents = List.copyOf(incidents);
        this.tickets = List.copyOf(tickets);
        java.util.Set<Long> caught = new HashSet<>();
        this.alerts.forEach(a -> a.alert().events().forEach(e -> caught.add(e.index())));
        this.handFound = this.incidents.stream().filter(i -> i.events().stream().noneMatch(caught::contains)).toList();
    }

    /** Plays the history of a session of {@code seed} and runs the scenario's rule pack over it. */
    static History of(Scenario scenario, long seed, RulePack original) {
        Week week = Week.of(scenario, seed, Week.Part.HISTORY);
        List<Event> events = new ArrayList<>();
        List<Instant> ends = new ArrayList<>();
        Incidents incidents = new Incidents();
        PackRun run = new PackRun(original);
        week.play(new Week.DaySink() {
            @Override
            public void accept(Week.Day day, Event event) {
                events.add(event);
                incidents.event(day, event);
                run.event(event);
            }

            @Override
            public void dayEnds(Week.Day day, Instant end) {
                ends.add(end);
                run.dayEnds(end);
            }
        });
        SeededRandom labels = new RandomStreams(seed).child("engineer:history").stream("labels");
        double error = scenario.engineer().labelError();
        List<HistoryAlert> alerts = new ArrayList<>();
        Set<Long> caught = new HashSet<>();
        for (Alert alert : run.alerts()) {
            boolean attack = alert.events().stream().anyMatch(e -> e.truth().isAttack());
            boolean wrong = labels.nextDouble() < error;
            HistoryAlert.Label label = attack != wrong ? HistoryAlert.Label.TRUE_POSITIVE : HistoryAlert.Label.FALSE_POSITIVE;
            alerts.add(new HistoryAlert(String.format("H-%05d", alerts.size() + 1), alert, label, attack));
            alert.events().forEach(e -> caught.add(e.index()));
        }
        List<Incident> all = incidents.all();
        List<Ticket> tickets = tickets(original, alerts, all, caught, events);
        return new History(scenario, original, week, events, ends, alerts, all, tickets);
    }

    private static List<Ticket> tickets(RulePack pack, List<HistoryAlert> alerts, List<Incident> incidents,
                                        Set<Long> caught, List<Event> events) {
        List<Ticket> noisy = new ArrayList<>();
        for (SigmaRule rule : pack.rules()) {
            List<HistoryAlert> of = alerts.stream().filter(a -> a.alert().ruleId().equals(rule.id())).toList();
            int fp = (int) of.stream().filter(a -> !a.labelledTrue()).count();
            if (of.size() >= NOISY_MIN_ALERTS && fp >= NOISY_SHARE * of.size()) {
                noisy.add(new Ticket(Ticket.Kind.NOISY_RULE, rule.id(), rule.title(), of.size(), fp, null, null,
                        null, null, null, 0, null));
            }
        }
        noisy.sort(Comparator.comparingInt(Ticket::falsePositives).reversed());
        List<Ticket> tickets = new ArrayList<>(noisy);
        AttackCatalogue catalogue = AttackCatalogue.enterprise();
        for (Incident incident : incidents) {
            if (incident.events().stream().noneMatch(caught::contains)) {
                long firstIndex = incident.events().stream().min(Long::compare).orElseThrow();
                Event sample = events.get((int) firstIndex);
                String name = catalogue.technique(incident.technique()).map(Technique::name).orElse(incident.technique());
                tickets.add(new Ticket(Ticket.Kind.FOUND_BY_HAND, null, null, 0, 0, incident.technique(), name,
                        incident.first(), incident.host(), incident.user(), incident.events().size(), sample));
            }
        }
        return tickets;
    }

    /** Collects the attack's events by day and stage as they flow. */
    static final class Incidents {

        private final Map<String, Builder> byKey = new LinkedHashMap<>();

        private static final class Builder {
            final int day;
            final String stage;
            final String technique;
            final Set<Long> events = new HashSet<>();
            final Instant first;
            final String host;
            final String user;

            Builder(int day, Event first) {
                this.day = day;
                this.stage = first.truth().stage();
                this.technique = first.truth().technique();
                this.first = first.timestamp();
                this.host = first.host();
                this.user = AlertSubject.userOf(first);
            }
        }

        void event(Week.Day day, Event event) {
            if (event.truth().isAttack()) {
                byKey.computeIfAbsent(day.number() + "/" + event.truth().stage(), k -> new Builder(day.number(), event))
                        .events.add(event.index());
            }
        }

        List<Incident> all() {
            return byKey.values().stream()
                    .map(b -> new Incident(b.day, b.stage, b.technique, b.events, b.first, b.host, b.user))
                    .sorted(Comparator.comparing(Incident::first))
                    .toList();
        }
    }

    public Scenario scenario() {
        return scenario;
    }

    RulePack original() {
        return original;
    }

    /** Every event of the week, in time order, indexed from 0. */
    public List<Event> events() {
        return events;
    }

    List<Instant> dayEnds() {
        return dayEnds;
    }

    /** The first and last instants of the week. */
    public Instant start() {
        return week.start();
    }

    public Instant end() {
        return week.end();
    }

    public int days() {
        return week.days().size();
    }

    public List<HistoryAlert> alerts() {
        return alerts;
    }

    List<Incident> incidents() {
        return incidents;
    }

    /** The incidents no rule of the original pack caught: the ones the analysts found by hand, with a ticket each. */
    List<Incident> handFound() {
        return handFound;
    }

    public List<Ticket> tickets() {
        return tickets;
    }
}
