package dev.nightshift.telemetry;

import dev.nightshift.scenario.Stage;
import dev.nightshift.scenario.StageTiming;
import dev.nightshift.scenario.EntityKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plays one attack stage: starts at its time (or when the stage it follows is done), then emits its planned
 * events one by one, asking the containment before each; stopped, it emits nothing more and its followers never start.
 */
final class StagePlayer {

    private final Stage stage;
    private final Map<EntityKind, String> entities;
    private final Schedule schedule;
    private final StagePlans plans;
    private final SplittableRandom timing;
    private final SplittableRandom events;
    private final List<StagePlayer> followers = new ArrayList<>();
    private StageState.Status status = StageState.Status.PENDING;
    private Instant firstEvent;
    private Instant lastEvent;
    private List<Event> plan = List.of();

    StagePlayer(Stage stage, Map<EntityKind, String> entities, Schedule schedule, StagePlans plans,
                SplittableRandom timing, SplittableRandom events) {
        this.stage = stage;
        this.entities = entities;
        this.schedule = schedule;
        this.plans = plans;
        this.timing = timing;
        this.events = events;
    }

    Stage stage() {
        return stage;
    }

    /** Makes {@code follower} start once this stage is done. */
    void then(StagePlayer follower) {
        followers.add(follower);
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
        return new StageState(stage.id(), stage.technique(), entities, status, firstEvent, lastEvent);
    }

    private Event begin(Instant time, Containment containment) {
        if (status != StageState.Status.PENDING) {
            return null;
        }
        plan = plans.plan(stage, entities, time, events);
        return emit(0, containment);
    }

    private Event emit(int i, Containment containment) {
        if (status == StageState.Status.STOPPED) {
            return null;
        }
        for (EntityKind kind : stage.stoppedBy()) {
            if (containment.isContained(kind, entities.get(kind))) {
                stop();
                return null;
            }
        }
        Event event = plan.get(i);
        status = StageState.Status.RUNNING;
        firstEvent = firstEvent == null ? event.timestamp() : firstEvent;
        lastEvent = event.timestamp();
        if (i + 1 < plan.size()) {
            schedule.at(plan.get(i + 1).timestamp(), (time, c) -> emit(i + 1, c));
        } else {
            status = StageState.Status.DONE;
            followers.forEach(f -> f.startFrom(lastEvent));
        }
        return event;
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
