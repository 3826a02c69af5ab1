package dev.nightshift.telemetry;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.world.World;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Events per second on one core (one operation = one event): generating a scenario's telemetry to a null sink and
 * to JSON lines; serialising already generated events alone (the cost generation is compared with); and a naive
 * generator that calls Datafaker for every event, in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class GenerationBenchmark {

    static final int SERIALISED = 100_000;

    @Param({"tutorial-brute-force", "phishing-macro-c2"})
    public String scenario;

    private Scenario played;
    private TelemetryStream stream;
    private Instant end;
    private Event[] generated;
    private int next;
    private final StringBuilder line = new StringBuilder(2048);
    private final EventFormat jsonl = new EventFormat.JsonLines();
    private NaiveGenerator naive;

    @Setup(Level.Trial)
    public void load() throws Exception {
        played = Generator.withDuration(ScenarioLibrary.bundled().load(scenario), Duration.ofDays(3650));
        TelemetryStream sample = open(played);
        generated = new Event[SERIALISED];
        for (int i = 0; i < SERIALISED; i++) {
            generated[i] = sample.poll(sample.end(), Containment.NONE);
        }
        naive = new NaiveGenerator(7, played.start());
    }

    @Setup(Level.Iteration)
    public void freshStream() {
        stream = open(played);
        end = stream.end();
        next = 0;
    }

    private static TelemetryStream open(Scenario s) {
        RandomStreams streams = new RandomStreams(7);
        return Telemetry.open(s, World.build(s, streams), streams);
    }

    @Benchmark
    public Event generateToNullSink() {
        return stream.poll(end, Containment.NONE);
    }

    @Benchmark
    public int generateToJsonLines() throws IOException {
        line.setLength(0);
        jsonl.write(stream.poll(end, Containment.NONE), line);
        return line.length();
    }

    @Benchmark
    public int serialiseOnlyToJsonLines() throws IOException {
        line.setLength(0);
        jsonl.write(generated[next++ % SERIALISED], line);
        return line.length();
    }

    @Benchmark
    public void naiveDatafakerPerEventToNullSink(Blackhole hole) {
        hole.consume(naive.next());
    }

    @Benchmark
    public int naiveDatafakerPerEventToJsonLines() throws IOException {
        line.setLength(0);
        jsonl.write(naive.next(), line);
        return line.length();
    }
}
