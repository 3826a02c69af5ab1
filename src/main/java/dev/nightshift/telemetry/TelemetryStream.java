package dev.nightshift.telemetry;

import java.time.Instant;
import java.util.List;

/**
 * The merged, time-ordered telemetry of one run, pulled by the game: noise, look-alikes and attack stages
 * that ask the defenders' containment before every event they would emit.
 */
public interface TelemetryStream {

    /** The first instant of the shift. */
    Instant start();

    /** The last instant of the shift; no event is later. */
    Instant end();

    /**
     * The next event with a timestamp before {@code until} (and not after {@link #end()}), indexed from 0 in
     * emission order, or null when there is none before {@code until}. A stage whose stopping entity is
     * contained emits nothing more, and the stages after it never start.
     */
    Event poll(Instant until, Containment containment);

    /** A snapshot of every attack stage, in scenario order. */
    List<StageState> stages();
}
