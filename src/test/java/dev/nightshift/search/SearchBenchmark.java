package dev.nightshift.search;

import java.time.Instant;
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
 * How long one search takes over a session's collected logs of a million events (one operation = one search, the
 * next of {@link SearchWorkload#QUERIES} in turn, parsing included), in SampleTime mode so that the percentiles show:
 * the goal is at most 200 ms at the 95th. The index is built once in the set-up, as a session builds it at its first
 * search.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
public class SearchBenchmark {

    static final int EVENTS = 1_000_000;

    private LogStore store;
    private Instant now;
    private List<String> queries;
    private int next;

    @Setup(Level.Trial)
    public void collect() throws Exception {
        store = SearchWorkload.store(EVENTS);
        store.catchUp();
        now = store.get(store.size() - 1).timestamp();
        queries = SearchWorkload.QUERIES;
    }

    @Benchmark
    public SearchOutcome search() {
        String q = queries.get(next);
        next = (next + 1) % queries.size();
        return Search.run(SearchParser.parse(q), store, now, 20);
    }
}
