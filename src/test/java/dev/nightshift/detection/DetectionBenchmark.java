package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Events per second on one core: the compiled engine and the naive evaluator, on 100- and 1,000-rule packs, over the
 * same seeded stream of 20,000 events. Each score is events per second ({@code thrpt}, one operation per event).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DetectionBenchmark {

    static final int EVENTS = 20_000;

    @Param({"100", "1000"})
    public int rules;

    private List<Event> events;
    private BenchmarkWorkload.Pack pack;
    private RulePack compiled;
    private DetectionEngine engine;
    private NaiveEvaluator naive;

    @Setup(Level.Trial)
    public void load() {
        events = BenchmarkWorkload.events(EVENTS, 7);
        pack = BenchmarkWorkload.pack(rules, 11);
        compiled = RulePack.parse(pack.sources());
        if (!compiled.errors().isEmpty()) {
            throw new IllegalStateException(compiled.errors().get(0).format());
        }
        naive = new NaiveEvaluator(pack.naive());
    }

    @Setup(Level.Iteration)
    public void freshEngine() {
        engine = new DetectionEngine(compiled);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void engine(Blackhole hole) {
        for (Event event : events) {
            hole.consume(engine.process(event));
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void naive(Blackhole hole) {
        for (Event event : events) {
            hole.consume(naive.matches(event));
        }
    }
}
