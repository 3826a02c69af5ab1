package dev.nightshift.telemetry;

import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scenario.EntityRef;
import dev.nightshift.scenario.Reaction;
import dev.nightshift.scenario.Spread;
import dev.nightshift.scenario.Stage;
import dev.nightshift.scenario.StageTiming;
import dev.nightshift.world.Host;
import dev.nightshift.world.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.nightshift.sim.SeededRandom;

/**
 * Plays one attack stage: starts at its time (or when the stage it follows is done), then emits its planned
 * events one by one, asking the containment before each; stopped, it emits nothing more and its followers never
 * start. A spreading stage also reaches more hosts every so often; containing one of them ends only that host's part.
 * Where the scenario says the attacker reacts ({@code on_contained}), a containment that would stop the stage makes it
 * come back after a while with another address or another stolen account, and play the stage again; the stages that
 * take that entity from this one take the new one too.
 */
final class StagePlayer implements java.io.Serializable {

    /** A stage that takes its entity of {@code kind} from this one. */
    private record Lend(StagePlayer stage, EntityKind kind) implements java.io.Serializable {
    }

    private final Stage stage;
    private final Map<EntityKind, String> entities;
    private final Map<EntityKind, List<String>> abandoned = new EnumMap<>(EntityKind.class);
    private final Map<EntityKind, Integer> reactions = new EnumMap<>(EntityKind.class);
    private final List<Lend> dependents = new ArrayList<>();
    private final SeededRandom reacting;
    private final Schedule schedule;
    private final StagePlans plans;
    private final World world;
    private final SeededRandom timing;
    private final SeededRandom events;
    private final SeededRandom spreading;
    private final List<StagePlayer> followers = new ArrayList<>();
    private final Set<String> infected = new LinkedHashSet<>();
    private Host origin;
    private StageState.Status status = StageState.Status.PENDING;
    private Instant firstEvent;
    private Instant lastEvent;
    private List<Event> plan = List.of();
    private boolean primaryDone;
    private boolean wavePending;
    private int outstanding;

    StagePlayer(Stage stage, Map<EntityKind, String> entities, Schedule schedule, StagePlans plans, World world,
                SeededRandom timing, SeededRandom events, SeededRandom spreading, SeededRandom reacting) {
        this.stage = stage;
        this.entities = new EnumMap<>(EntityKind.class);
        this.entities.putAll(entities);
        this.reacting = reacting;
        this.schedule = schedule;
        this.plans = plans;
        this.world = world;
        this.timing = timing;
        this.events = events;
        this.spreading = spreading;
    }

    Stage stage() {
        return stage;
    }

    Map<EntityKind, String> entities() {
        return java.util.Collections.unmodifiableMap(entities);
    }

    /** Makes {@code dependent} take its {@code kind} from this stage: when the attacker changes it here, it changes there. */
    void lends(EntityKind kind, StagePlayer dependent) {
        dependents.add(new Lend(dependent, kind));
    }

    /** Makes {@code follower} start once this stage is done. */
    void then(StagePlayer follower) {
        followers.add(follower);
    }

    /** Where this stage comes from: the host of the stage it follows, else its user's workstation, else its own host. */
    void origin(Host host) {
        this.origin = host;
    }

    /** Schedules the start from {@code anchor}: the scenario start for an {@code at} stage, the last event of the stage it follows otherwise. */
    void startFrom(Instant anchor) {
        StageTiming t = stage.timing();
        long base = t.isAfter() ? t.delay().toMillis() : t.at().toMillis();
        long jitter = t.jitter().toMillis();
        long offset = base + (jitter == 0 ? 0 : timing.nextLong(-jitter, jitter + 1));
        Instant start = anchor.plusMillis(Math.max(t.isAfter() ? 1 : 0, offset));
        schedule.at(start, (time, containment) -> begin(time, containment));
    }

    StageState state() {
        return new StageState(stage.id(), stage.technique(), entities, status, firstEvent, lastEvent, abandoned);
    }

    private Event begin(Instant time, Containment containment) {
        if (status != StageState.Status.PENDING) {
            return null;
        }
        plan = plans.plan(stage, entities, origin, time, events);
        if (stage.spread() != null) {
            infected.add(entities.get(EntityKind.HOST));
            wavePending = true;
            Instant next = time.plus(stage.spread().every());
            schedule.at(next, this::wave);
        }
        if (plan.isEmpty()) {
            primaryDone = true;
            maybeDone();
            return null;
        }
        return emit(0, time, containment);
    }

    private Event emit(int i, Instant time, Containment containment) {
        if (status == StageState.Status.STOPPED) {
            return null;
        }
        for (EntityKind kind : stage.stoppedBy()) {
            if (containment.isContained(kind, entities.get(kind))) {
                if (comesBack(kind, time, containment)) {
                    return null;
                }
                if (stage.spread() != null && kind == EntityKind.HOST) {
                    primaryDone = true;
                    maybeDone();
                } else {
                    stop();
                }
                return null;
            }
        }
        Event event = plan.get(i);
        record(event);
        if (i + 1 < plan.size()) {
            schedule.at(plan.get(i + 1).timestamp(), (t, c) -> emit(i + 1, t, c));
        } else {
            primaryDone = true;
            maybeDone();
        }
        return event;
    }

    /**
     * When the scenario says the attacker reacts to {@code kind} being contained and it has tries left: another
     * entity of that kind replaces the contained one (here and in the stages that take it from this one), and the
     * stage plays again from the start after the reaction's delay.
     */
    private boolean comesBack(EntityKind kind, Instant time, Containment containment) {
        Reaction reaction = stage.onContained().get(kind);
        int tried = reactions.getOrDefault(kind, 0);
        if (reaction == null || tried >= reaction.times()) {
            return false;
        }
        String replacement = replacement(kind, containment);
        if (replacement == null) {
            return false;
        }
        reactions.put(kind, tried + 1);
        abandoned.computeIfAbsent(kind, k -> new ArrayList<>()).add(entities.get(kind));
        swap(kind, entities.get(kind), replacement);
        if (kind == EntityKind.USER && stage.entities().containsKey(EntityKind.HOST)
                && stage.entities().get(EntityKind.HOST).form() == EntityRef.Form.WORKSTATION) {
            entities.put(EntityKind.HOST, world.workstationOf(world.user(replacement).orElseThrow()).name());
        }
        schedule.at(time.plus(reaction.after()), this::again);
        return true;
    }

    private Event again(Instant time, Containment containment) {
        if (status == StageState.Status.STOPPED) {
            return null;
        }
        plan = plans.plan(stage, entities, origin, time, events);
        if (plan.isEmpty()) {
            primaryDone = true;
            maybeDone();
            return null;
        }
        return emit(0, time, containment);
    }

    /** Another external address (for an ip) or another account of the same pool (for a user), never one used or contained. */
    private String replacement(EntityKind kind, Containment containment) {
        Set<String> used = new java.util.HashSet<>(abandoned.getOrDefault(kind, List.of()));
        used.add(entities.get(kind));
        for (int tries = 0; tries < 32; tries++) {
            String pick;
            if (kind == EntityKind.IP) {
                pick = StageEntities.intruderAddress(world, reacting);
            } else {
                EntityRef ref = stage.entities().get(kind);
                String department = ref.form() == EntityRef.Form.RANDOM ? ref.value() : "";
                List<dev.nightshift.world.User> staff = world.users().stream()
                        .filter(u -> department.isEmpty() || u.department().equalsIgnoreCase(department)).toList();
                pick = Draws.pick(staff.isEmpty() ? world.users() : staff, reacting).username();
            }
            if (!used.contains(pick) && !containment.isContained(kind, pick)) {
                return pick;
            }
        }
        return null;
    }

    private void swap(EntityKind kind, String from, String to) {
        entities.put(kind, to);
        for (Lend d : dependents) {
            StagePlayer dependent = d.stage();
            if (d.kind() == kind && dependent.status == StageState.Status.PENDING
                    && from.equals(dependent.entities.get(kind))) {
                dependent.swap(kind, from, to);
            }
        }
    }

    private Event wave(Instant time, Containment containment) {
        wavePending = false;
        if (status == StageState.Status.STOPPED || stoppedByActor(containment)) {
            return null;
        }
        Spread spread = stage.spread();
        List<String> live = infected.stream().filter(h -> !stage.stoppedBy().contains(EntityKind.HOST)
                || !containment.isContained(EntityKind.HOST, h)).toList();
        if (live.isEmpty()) {
            stop();
            return null;
        }
        List<Host> candidates = new ArrayList<>(world.hosts(spread.role()).stream().filter(h -> !infected.contains(h.name())).toList());
        for (int n = 0; n < spread.hosts() && !candidates.isEmpty() && infected.size() < spread.limit(); n++) {
            Host target = candidates.remove(spreading.nextInt(candidates.size()));
            Host from = world.host(live.get(spreading.nextInt(live.size()))).orElseThrow();
            infected.add(target.name());
            Map<EntityKind, String> branch = new EnumMap<>(entities);
            branch.put(EntityKind.HOST, target.name());
            Instant at = time.plusMillis(spreading.nextLong(60_000));
            for (Event event : plans.plan(stage, branch, from, at, events)) {
                outstanding++;
                schedule.at(event.timestamp(), (t, c) -> branchEvent(event, target.name(), c));
            }
        }
        if (infected.size() < spread.limit() && !candidates.isEmpty()) {
            wavePending = true;
            schedule.at(time.plus(spread.every()), this::wave);
        }
        maybeDone();
        return null;
    }

    private Event branchEvent(Event event, String host, Containment containment) {
        outstanding--;
        if (status == StageState.Status.STOPPED) {
            return null;
        }
        if (stoppedByActor(containment)) {
            stop();
            return null;
        }
        if (stage.stoppedBy().contains(EntityKind.HOST) && containment.isContained(EntityKind.HOST, host)) {
            maybeDone();
            return null;
        }
        record(event);
        maybeDone();
        return event;
    }

    private boolean stoppedByActor(Containment containment) {
        for (EntityKind kind : stage.stoppedBy()) {
            if (kind != EntityKind.HOST && containment.isContained(kind, entities.get(kind))) {
                stop();
                return true;
            }
        }
        return false;
    }

    private void record(Event event) {
        status = StageState.Status.RUNNING;
        firstEvent = firstEvent == null ? event.timestamp() : firstEvent;
        lastEvent = event.timestamp();
    }

    private void maybeDone() {
        if (status != StageState.Status.STOPPED && status != StageState.Status.DONE && primaryDone && !wavePending && outstanding == 0) {
            status = lastEvent == null ? StageState.Status.STOPPED : StageState.Status.DONE;
            if (status == StageState.Status.DONE) {
                followers.forEach(f -> f.startFrom(lastEvent));
            } else {
                followers.forEach(StagePlayer::abandon);
            }
        }
    }

    private void stop() {
        status = StageState.Status.STOPPED;
        followers.forEach(StagePlayer::abandon);
    }

    /** The stage this one follows was stopped: it never starts. */
    private void abandon() {
        if (status == StageState.Status.PENDING) {
            stop();
        }
    }
}
