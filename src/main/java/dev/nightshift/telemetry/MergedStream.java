package dev.nightshift.telemetry;

import java.time.Instant;
import java.util.List;

/** The {@link TelemetryStream} over one schedule: pops steps in time order and numbers the events they emit. */
final class MergedStream implements TelemetryStream, java.io.Serializable {

    private final Instant start;
    private final Instant end;
    private final Schedule schedule;
    private final List<StagePlayer> players;
    private long nextIndex;

    MergedStream(Instant start, Instant end, Schedule schedule, List<StagePlayer> players) {
        this.start = start;
        this.end = end;
        this.schedule = schedule;
        this.players = List.copyOf(players);
    }

    @Override
    public Instant start() {
        return start;
    }

    @Override
    public Instant end() {
        return end;
    }

    @Override
    public Event poll(Instant until, Containment containment) {
        Containment c = containment == null ? Containment.NONE : containment;
        while (true) {
            Instant next = schedule.nextTime();
            if (next == null || !next.isBefore(until) || next.isAfter(end)) {
                return null;
            }
            Event event = schedule.runNext(c);
            if (event != null) {
                return event.withIndex(nextIndex++);
            }
        }
    }

    /** How many scheduled steps the stream holds now. */
    int pending() {
        return schedule.size();
    }

    @Override
    public List<StageState> stages() {
        return players.stream().map(StagePlayer::state).toList();
    }
}
