package dev.nightshift.game;

import dev.nightshift.detection.Alert;
import dev.nightshift.detection.DetectionEngine;
import dev.nightshift.detection.RulePack;
import dev.nightshift.detection.SigmaSource;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scoring.Severity;
import dev.nightshift.scoring.Verdict;
import dev.nightshift.sim.ManualClock;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.StageState;
import dev.nightshift.telemetry.Telemetry;
import dev.nightshift.telemetry.TelemetryStream;
import dev.nightshift.scenario.EntityKind;
import dev.nightshift.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A shift being played at manual pace: the clock, the telemetry stream flowing through the detection engine,
 * the alert queue and the containment that the attack reacts to. Every action here is deterministic.
 */
public final class Shift {

    private final Scenario scenario;
    private final Role role;
    private final long seed;
    private final World world;
    private final TelemetryStream stream;
    private final DetectionEngine engine;
    private final ManualClock clock;
    private final Pace pace;
    private final ContainmentState containment;
    private final AlertQueue alerts;
    private final CollectedLogs seen;
    private final FieldNames fieldNames = new FieldNames();
    private Instant traineeEndedAt;
    private IntelFeeds feeds;
    private dev.nightshift.world.Enrichment enrichment;
    private final Hints hints;

    /** The shift {@code state} describes (see {@link ShiftSnapshot}), its {@code seen} logs read as they are needed. */
    Shift(Scenario scenario, Role role, long seed, Pace pace, ShiftSnapshot.State state, CollectedLogs seen) {
        this.scenario = scenario;
        this.pace = pace;
        this.role = role;
        this.seed = seed;
        this.world = state.world();
        this.stream = state.stream();
        this.engine = new DetectionEngine(rulePack(scenario));
        this.clock = new ManualClock(state.now());
        this.containment = state.containment();
        this.alerts = state.alerts();
        this.seen = seen;
        this.traineeEndedAt = state.traineeEndedAt();
        this.feeds = state.feeds();
        this.hints = state.hints() != null ? state.hints() : new Hints(scenario.hints());
        engine.restore(state.engine());
    }

    /** Everything this shift holds but its logs, for a snapshot. */
    ShiftSnapshot.State state() {
        return new ShiftSnapshot.State(world, stream, engine.state(), clock.now(), containment, alerts, traineeEndedAt,
                feeds, hints, seen.attackHosts(), seen.size());
    }

    /** The logs collected so far, and which of them a snapshot store holds already. */
    CollectedLogs logs() {
        return seen;
    }

    /** Opens a shift at manual pace of {@code scenario} for {@code role}, its world and telemetry drawn from {@code seed}. */
    public static Shift open(Scenario scenario, Role role, long seed) {
        return open(scenario, role, seed, Pace.MANUAL);
    }

    /** Opens a shift at the given pace; at real-time pace actions cost no simulated time, the clock runs by itself. */
    public static Shift open(Scenario scenario, Role role, long seed, Pace pace) {
        if (!scenario.roles().contains(role.word())) {
            throw GameException.badInput("scenario " + scenario.id() + " cannot be played as " + role.word()
                    + "; its roles are " + String.join(", ", scenario.roles()));
        }
        RandomStreams streams = new RandomStreams(seed);
        World world = World.build(scenario, streams);
        TelemetryStream stream = Telemetry.open(scenario, world, streams);
        return new Shift(scenario, role, seed, pace, new ShiftSnapshot.State(world, stream, null, stream.start(),
                new ContainmentState(), new AlertQueue(), null, null, null, null, 0), new CollectedLogs());
    }

    private static RulePack rulePack(Scenario scenario) {
        RulePack pack = RulePack.parse(scenario.rules().stream()
                .map(r -> new SigmaSource(r.path(), r.text())).toList());
        if (!pack.errors().isEmpty()) {
            throw GameException.refused("the rule pack of scenario " + scenario.id() + " has errors: "
                    + pack.errors().get(0).format());
        }
        return pack;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Role role() {
        return role;
    }

    public long seed() {
        return seed;
    }

    public Instant now() {
        return clock.now();
    }

    public Pace pace() {
        return pace;
    }

    public Instant start() {
        return stream.start();
    }

    public Instant end() {
        return stream.end();
    }

    public boolean isOver() {
        return !clock.now().isBefore(stream.end());
    }

    /** When the trainee ended the shift (null while it runs); the shift's end when they played it out. */
    public Instant traineeEndedAt() {
        return traineeEndedAt;
    }

    /**
     * Ends the trainee's part: the rest of the shift plays without them (the attack goes on, alerts go on arriving
     * and stay unopened), so ending early never pays. Idempotent.
     */
    public void finish() {
        if (traineeEndedAt == null) {
            traineeEndedAt = clock.now();
        }
        if (!isOver()) {
            advanceTo(stream.end());
        }
    }

    /** How many telemetry events have flowed so far. */
    public long eventsSeen() {
        return seen.size();
    }

    /** The field names the logs collected so far use, in order. */
    public java.util.SortedSet<String> fieldNames() {
        return fieldNames.of(seen.store());
    }

    public List<CaseAlert> alerts() {
        return alerts.all();
    }

    public CaseAlert alert(String id) {
        return alerts.get(id);
    }

    public List<dev.nightshift.scoring.ShiftOutcome.ContainmentOutcome> containments() {
        return containment.active();
    }

    List<dev.nightshift.scoring.ShiftOutcome.ContainmentOutcome> containmentHistory() {
        return containment.history();
    }

    List<StageState> stages() {
        return stream.stages();
    }

    /** The hidden truth, for scoring only: per attack stage, the hosts its events so far were logged on. */
    java.util.Map<String, java.util.Set<String>> attackHostsByStage() {
        return seen.attackHostsByStage();
    }

    /** Lets {@code duration} of simulated time pass; returns the alerts raised meanwhile. */
    public List<CaseAlert> waitFor(Duration duration) {
        requireManual("wait");
        if (duration.isNegative() || duration.isZero()) {
            throw GameException.badInput("wait needs a positive duration such as 15m or 1h, got " + duration);
        }
        requireRunning();
        return advanceTo(min(clock.now().plus(duration), stream.end()));
    }

    /** Lets time run until the next alert is raised (or the shift ends); returns the alerts raised. */
    public List<CaseAlert> next() {
        requireManual("next");
        requireRunning();
        int before = alerts.size();
        Event event;
        while (alerts.size() == before && (event = stream.poll(stream.end(), containment)) != null) {
            clock.advanceTo(event.timestamp().isAfter(clock.now()) ? event.timestamp() : clock.now());
            process(event);
        }
        if (alerts.size() == before) {
            clock.advanceTo(stream.end());
        }
        return alerts.since(before);
    }

    /** Opens an alert to read it: the trainee's first action on it, costing a minute. */
    public CaseAlert view(String id) {
        requireRunning();
        CaseAlert alert = alert(id);
        alert.open(clock.now());
        spend(ActionCost.VIEW_ALERT);
        return alert;
    }

    public CaseAlert triage(String id, Verdict verdict, List<String> techniques, String note) {
        requireRunning();
        CaseAlert alert = alert(id);
        alert.triage(clock.now(), verdict, techniques, note);
        spend(ActionCost.TRIAGE);
        return alert;
    }

    /**
     * Closes, with one verdict, every open alert of a rule ({@code rule}: a rule id, its title, or an alert id
     * standing for its rule) whose events all satisfy {@code where} (null: all of them). For noise only, and only
     * after the trainee has read one of the alerts it closes; costs more than one verdict, less than one per alert.
     */
    public List<CaseAlert> triageRule(String rule, EventQuery where, Verdict verdict, String note) {
        requireRunning();
        List<CaseAlert> chosen = alerts.bulk(rule, where, verdict);
        Instant at = clock.now();
        chosen.forEach(a -> a.triageInBulk(at, verdict, note));
        spend(ActionCost.bulk(chosen.size()));
        return chosen;
    }

    public CaseAlert escalate(String id, Severity severity, String note) {
        requireRunning();
        CaseAlert alert = alert(id);
        alert.escalate(clock.now(), severity, note);
        spend(ActionCost.ESCALATE);
        return alert;
    }

    /**
     * Searches the logs collected so far (never the future), costing two minutes: relative times count back from
     * the clock; a plain search keeps the latest {@code limit} events, oldest first, a table its first {@code limit}
     * rows. A search refused while running (a timechart span too fine) costs nothing.
     */
    public SearchResult search(EventQuery query, int limit) {
        if (limit < 1) {
            throw GameException.badInput("the limit must be at least 1, got " + limit);
        }
        requireRunning();
        SearchResult result = SearchResult.of(query, seen.store(), clock.now(), limit, seen.indexForSearch());
        spend(ActionCost.SEARCH);
        return result;
    }

    /** Isolates a host, disables a user or blocks an IP from now on; the attack sees it at once. */
    public void contain(EntityKind kind, String name) {
        requireRunning();
        Entities.requireKnown(world, kind, name);
        if (!containment.contain(kind, name, clock.now())) {
            throw GameException.refused(kind.word() + " " + name + " is already contained");
        }
        spend(ActionCost.CONTAIN);
    }

    public void release(EntityKind kind, String name) {
        requireRunning();
        if (!containment.release(kind, name, clock.now())) {
            throw GameException.refused(kind.word() + " " + name + " is not contained");
        }
        spend(ActionCost.RELEASE);
    }

    /** What the organisation knows about hosts, users and addresses, for annotating log fields. */
    public dev.nightshift.world.Enrichment enrichment() {
        if (enrichment == null) {
            enrichment = new dev.nightshift.world.Enrichment(world);
        }
        return enrichment;
    }

    /** The shift's threat-intelligence feeds, fixed from the scenario, the seed and the attack's infrastructure. */
    IntelFeeds feeds() {
        if (feeds == null) {
            feeds = IntelFeeds.build(scenario, world, stream.stages(), new RandomStreams(seed).stream("intel"));
        }
        return feeds;
    }

    /** Looks an indicator up in the feeds, costing two minutes; empty when the feeds do not know it. */
    public java.util.Optional<IntelFeeds.Entry> intel(String indicator) {
        Indicator parsed = Indicator.parse(indicator);
        requireRunning();
        java.util.Optional<IntelFeeds.Entry> answer = feeds().lookup(parsed);
        spend(ActionCost.INTEL);
        return answer;
    }

    /** An entity's card and its recent activity in the logs so far, costing two minutes. */
    public Whois whois(EntityKind kind, String name) {
        requireRunning();
        Whois card = Whois.of(enrichment(), kind, name, seen.events(), alerts.all());
        spend(ActionCost.WHOIS);
        return card;
    }

    /** The scenario's next hint; each costs points on the score card (see docs/scoring.md), none in an assessment. */
    public String hint() {
        requireRunning();
        return hints.next(scenario.id());
    }

    /** How many hints the trainee has taken. */
    public int hintsTaken() {
        return hints.taken();
    }

    /** How many hints the scenario has. */
    public int hintsTotal() {
        return hints.total();
    }

    /** Keeps the scenario's hints from the trainee: an assessment's session. */
    void disableHints() {
        hints.disable();
    }

    public boolean hintsAllowed() {
        return hints.allowed();
    }

    /** At real-time pace: lets the stream run up to {@code instant} (capped at the end); returns the alerts raised. */
    public List<CaseAlert> catchUpTo(Instant instant) {
        Instant target = min(instant, stream.end());
        return target.isAfter(clock.now()) ? advanceTo(target) : List.of();
    }

    /** What a journaled lookup did to the shift, replayed without its answer: the time it cost. */
    void spendAgain(Duration cost) {
        requireRunning();
        spend(cost);
    }

    private void requireManual(String command) {
        if (!pace.isManual()) {
            throw GameException.refused("this session plays in real time (" + pace.text() + "): the clock runs by itself,"
                    + " so there is no '" + command + "'; 'alerts' shows what has come in");
        }
    }

    private void spend(Duration cost) {
        if (pace.isManual() && !isOver()) {
            advanceTo(min(clock.now().plus(cost), stream.end()));
        }
    }

    private List<CaseAlert> advanceTo(Instant until) {
        int before = alerts.size();
        Event event;
        while ((event = stream.poll(until, containment)) != null) {
            process(event);
        }
        clock.advanceTo(until);
        return alerts.since(before);
    }

    private void process(Event event) {
        seen.add(event);
        for (Alert alert : engine.process(event)) {
            alerts.add(alert);
        }
    }

    private void requireRunning() {
        if (isOver()) {
            throw GameException.refused("the shift is over (it ended at " + stream.end() + "): nothing done now"
                    + " counts; type 'end' to see your score card");
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
