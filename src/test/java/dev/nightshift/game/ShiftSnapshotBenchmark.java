package dev.nightshift.game;

import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.EventCodec;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a shift snapshot costs on a long shift (the README's long session: the test scenario long-night, a 72-hour
 * quiet-night with a noisy rule, played 34 hours, seed 3: 747 alerts and 154,167 events): writing and reading
 * the state, and encoding and decoding the collected logs as one run. These are warm figures; a one-shot command
 * pays them cold, once (the README gives both).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ShiftSnapshotBenchmark {

    private ShiftSnapshot.State state;
    private byte[] stateBytes;
    private List<Event> logs;
    private byte[] logBytes;

    @Setup(Level.Trial)
    public void play() throws Exception {
        Shift shift = Shift.open(ScenarioLibrary.bundled().load("src/test/resources/scenario/long-night/long-night.yml"),
                Role.ANALYST, 3L);
        shift.waitFor(java.time.Duration.ofHours(34));
        state = shift.state();
        stateBytes = ShiftSnapshot.write(state);
        logs = shift.logs().events();
        logBytes = EventCodec.encode(logs);
        System.out.printf("%n%d alerts, %d events; state %d bytes, logs %d bytes%n", shift.alerts().size(),
                logs.size(), stateBytes.length, logBytes.length);
    }

    @Benchmark
    public byte[] writeState() {
        return ShiftSnapshot.write(state);
    }

    @Benchmark
    public ShiftSnapshot.State readState() {
        return ShiftSnapshot.read(stateBytes).orElseThrow();
    }

    @Benchmark
    public byte[] encodeLogs() {
        return EventCodec.encode(logs);
    }

    @Benchmark
    public List<Event> decodeLogs() {
        return EventCodec.decode(logBytes);
    }
}
