package dev.nightshift.detection;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.telemetry.Containment;
import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.Telemetry;
import dev.nightshift.telemetry.TelemetryStream;
import dev.nightshift.world.World;
import dev.nightshift.telemetry.EventFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code rules test} end to end over a file, events per second on one core: reading the JSON lines, parsing,
 * mapping through the pipelines and matching, with the rules loaded in each run as the command does. The file holds
 * {@link #EVENTS} events in our JSON lines: of the seeded benchmark workload ({@code workload}, 27 MB, short lines)
 * or the first of the bundled {@code ransomware-3am} scenario played with seed 7 (61 MB, as {@code generate} writes
 * them: Windows events of 600 bytes and more), also with its Sysmon part after the rest
 * ({@code ransomware-3am-joined}, which the reorder window must put back in time order); the rules are the workload's 100 ({@code workload-100}) or the 1,000
 * largest SigmaHQ Windows rules of {@code ../shared/reference/sigmahq} ({@code sigmahq-1000}, which needs that
 * folder).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class RuleTestFileBenchmark {

    static final int EVENTS = 100_000;

    @Param({"workload-100", "sigmahq-1000"})
    public String rules;

    @Param({"workload", "ransomware-3am", "ransomware-3am-joined"})
    public String source;

    private Path dir;
    private Path events;
    private Path ruleDir;

    @Setup(Level.Trial)
    public void write() throws IOException, dev.nightshift.scenario.ScenarioException {
        dir = Files.createTempDirectory("rule-test-bench");
        events = dir.resolve("events.jsonl");
        EventFormat jsonl = EventFormat.named("jsonl").orElseThrow();
        try (Writer out = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
            long index = 0;
            for (Event event : source.equals("workload") ? BenchmarkWorkload.events(EVENTS, 7) : scenario(source)) {
                StringBuilder line = new StringBuilder(512);
                jsonl.write(event.withIndex(index++), line);
                out.append(line);
            }
        }
        ruleDir = Files.createDirectories(dir.resolve("rules"));
        if (rules.equals("workload-100")) {
            int n = 0;
            for (SigmaSource source : BenchmarkWorkload.pack(100, 11).sources()) {
                Files.writeString(ruleDir.resolve("rule-" + n++ + ".yml"), source.text());
            }
        } else {
            Path corpus = Path.of(System.getProperty("nightshift.reference", "../shared/reference"), "sigmahq",
                    "rules", "windows");
            try (Stream<Path> files = Files.walk(corpus)) {
                List<Path> heaviest = files.filter(p -> p.toString().endsWith(".yml"))
                        .sorted(Comparator.comparingLong(RuleTestFileBenchmark::size).reversed()
                                .thenComparing(Path::toString)).limit(1000).toList();
                for (Path rule : heaviest) {
                    Files.copy(rule, ruleDir.resolve(rule.getFileName()));
                }
            }
        }
    }

    /**
     * The first {@link #EVENTS} events of a bundled scenario, played with seed 7 for as long as that takes; with
     * {@code -joined}, its Sysmon events after all the others, as two channels' exports joined into one file (the
     * second part goes back in time).
     */
    private static List<Event> scenario(String source) throws dev.nightshift.scenario.ScenarioException {
        boolean joined = source.endsWith("-joined");
        String name = joined ? source.substring(0, source.length() - "-joined".length()) : source;
        Scenario bundled = ScenarioLibrary.bundled().load(name);
        Scenario scenario = bundled.at(bundled.start(), Duration.ofDays(3650));
        RandomStreams streams = new RandomStreams(7);
        TelemetryStream stream = Telemetry.open(scenario, World.build(scenario, streams), streams);
        List<Event> events = new java.util.ArrayList<>(EVENTS);
        while (events.size() < EVENTS) {
            events.add(stream.poll(stream.end(), Containment.NONE));
        }
        if (joined) {
            List<Event> sysmon = events.stream().filter(e -> "sysmon".equals(e.logsource().service())).toList();
            events.removeIf(e -> "sysmon".equals(e.logsource().service()));
            events.addAll(sysmon);
        }
        return events;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public RuleTestResults rulesTest() {
        RuleTestResults results = RuleTestRun.run(List.of(ruleDir), events, null, RuleTestOptions.defaults());
        if (results.report().events() != EVENTS) {
            throw new IllegalStateException("read " + results.report().events() + " events");
        }
        return results;
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
