package dev.nightshift.telemetry;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.world.World;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Bulk export: plays a scenario with no defender from start to end and writes every event in a chosen format,
 * streaming (nothing is kept), with the truth labels written apart when asked for.
 */
public final class Generator {

    static final long PROGRESS_EVERY = 1 << 16;

    private Generator() {
    }

    /** Hears how far a run has got: the share of simulated time done (0 to 1) and the events written. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, events) -> { };

        void update(double done, long events);
    }

    /** What a run wrote. */
    public record Summary(long events, long attackEvents, long lookalikeEvents, Instant start, Instant end) {
    }

    /**
     * Writes the scenario's telemetry for {@code seed} over {@code duration} (null: the scenario's own) to
     * {@code out} in {@code format}, and each event's truth to {@code truth} when it is not null. An interrupt
     * (Ctrl-C in the shell) stops the run with an {@link InterruptedIOException}.
     */
    public static Summary run(Scenario scenario, long seed, Duration duration, EventFormat format, Appendable out,
                              Writer truth, Progress progress) throws IOException {
        Objects.requireNonNull(format, "format");
        Scenario played = duration == null ? scenario : withDuration(scenario, duration);
        RandomStreams streams = new RandomStreams(seed);
        TelemetryStream stream = Telemetry.open(played, World.build(played, streams), streams);
        Instant start = stream.start();
        Instant end = stream.end();
        double span = Math.max(1, Duration.between(start, end).toMillis());
        long events = 0;
        long attack = 0;
        long lookalike = 0;
        Event event;
        while ((event = stream.poll(end.plusNanos(1), Containment.NONE)) != null) {
            format.write(event, out);
            if (truth != null) {
                writeTruth(event, truth);
            }
            Truth.Kind kind = event.truth().kind();
            attack += kind == Truth.Kind.ATTACK ? 1 : 0;
            lookalike += kind == Truth.Kind.LOOKALIKE ? 1 : 0;
            if (++events % PROGRESS_EVERY == 0) {
                progress.update(Duration.between(start, event.timestamp()).toMillis() / span, events);
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("interrupted after " + events + " events");
                }
            }
        }
        progress.update(1, events);
        return new Summary(events, attack, lookalike, start, end);
    }

    /** One truth line: {@code {"index":N,"truth":"attack","stage":...,"technique":...}}. */
    static void writeTruth(Event event, Writer out) throws IOException {
        Truth t = event.truth();
        StringBuilder line = new StringBuilder(96).append("{\"index\":").append(event.index()).append(",\"truth\":");
        JsonText.string(line, t.kind().name().toLowerCase(java.util.Locale.ROOT));
        field(line, "stage", t.stage());
        field(line, "technique", t.technique());
        field(line, "lookalike", t.lookalike());
        out.append(line.append("}\n"));
    }

    private static void field(StringBuilder line, String name, String value) {
        if (value != null) {
            line.append(",\"").append(name).append("\":");
            JsonText.string(line, value);
        }
    }

    static Scenario withDuration(Scenario s, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a run needs a positive duration, got " + duration);
        }
        return s.at(s.start(), duration);
    }
}
