package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.telemetry.Containment;
import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.Telemetry;
import dev.nightshift.telemetry.TelemetryStream;
import dev.nightshift.world.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real SigmaHQ rules over our own telemetry: every Windows rule of the SigmaHQ corpus and the reference rules in
 * {@code ../shared/reference/}, run over every shipped scenario at its own seed, nothing contained, with the list of
 * which rules fire on attack events and which on benign ones (look-alikes included) kept in {@code
 * sigmahq-on-scenarios.txt}. Our process creations must reach SigmaHQ's process_creation rules whether Sysmon 1 or
 * Security 4688 carried them. Rewrite the list with {@code -Dnightshift.updateGolden=true}.
 */
class SigmaHqOnScenariosTest {

    private static final Path GOLDEN = Path.of("src/test/resources/detection/sigmahq-on-scenarios.txt");

    @Test
    void sigmaHqRulesOnEveryShippedScenario() throws Exception {
        Path reference = Path.of(System.getProperty("nightshift.reference", "../shared/reference"));
        Path corpus = reference.resolve("sigmahq");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "../shared/reference/sigmahq not found: "
                + corpus.toAbsolutePath() + "; skipping SigmaHQ rules over the shipped scenarios");
        List<SigmaSource> sources = new ArrayList<>(read(corpus, corpus));
        sources.addAll(read(reference, reference.resolve("sigma/rules")));
        List<SigmaSource> windows = sources.stream().filter(s -> !s.file().startsWith("tests/"))
                .filter(s -> s.text().contains("product: windows")).toList();
        RulePack pack = RulePack.parse(windows);
        StringBuilder out = new StringBuilder();
        out.append("# SigmaHQ's Windows rules (").append(pack.detections().size()).append(" detection rules from ")
                .append(windows.size()).append(" files of the corpus and the reference rules) over every shipped scenario\n")
                .append("# at its own seed: per rule, alerts on attack events / on benign events (look-alikes included)\n");
        int processCreationOn4688 = 0;
        for (String id : ScenarioLibrary.bundled().ids()) {
            Scenario scenario = ScenarioLibrary.bundled().load(id);
            Result result = run(scenario, pack);
            processCreationOn4688 += result.processCreationOn4688;
            out.append('\n').append(id).append(" (seed ").append(scenario.seed()).append("): ")
                    .append(result.attackRules()).append(" rules fire on attack events, ")
                    .append(result.benignRules()).append(" on benign events\n");
            result.counts.forEach((rule, c) -> out.append(String.format("  %-6s %5d attack %6d benign  %s%n",
                    c[0] > 0 ? (c[1] > 0 ? "both" : "attack") : "benign", c[0], c[1], rule)));
        }
        String text = out.toString();
        System.out.print(text);
        if (Boolean.getBoolean("nightshift.updateGolden")) {
            Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
        }
        assertThat(processCreationOn4688).as("SigmaHQ process_creation alerts raised by Security 4688 events")
                .isPositive();
        assertThat(text).as("SigmaHQ rules over the shipped scenarios differ from " + GOLDEN
                + "; if intended, rerun with -Dnightshift.updateGolden=true and read the diff")
                .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    /** Per rule (title and file), alerts on attack and on benign events; and how many came from a 4688. */
    private record Result(Map<String, int[]> counts, int processCreationOn4688) {

        long attackRules() {
            return counts.values().stream().filter(c -> c[0] > 0).count();
        }

        long benignRules() {
            return counts.values().stream().filter(c -> c[1] > 0).count();
        }
    }

    private static Result run(Scenario scenario, RulePack pack) {
        RandomStreams streams = new RandomStreams(scenario.seed());
        TelemetryStream stream = Telemetry.open(scenario, World.build(scenario, streams), streams);
        DetectionEngine engine = new DetectionEngine(pack, true);
        Map<String, String> names = new TreeMap<>();
        pack.rules().forEach(rule -> names.put(rule.id(), rule.title() + " (" + rule.file() + ")"));
        Map<String, int[]> counts = new TreeMap<>();
        int on4688 = 0;
        Instant afterEnd = stream.end().plusNanos(1);
        for (Event event = stream.poll(afterEnd, Containment.NONE); event != null;
             event = stream.poll(afterEnd, Containment.NONE)) {
            for (Alert alert : engine.process(event)) {
                if (alert.correlation()) {
                    continue;
                }
                counts.computeIfAbsent(names.get(alert.ruleId()), r -> new int[2])[event.truth().isAttack() ? 0 : 1]++;
                if ("security".equals(event.logsource().service())
                        && "process_creation".equals(event.logsource().category())) {
                    on4688++;
                }
            }
        }
        return new Result(counts, on4688);
    }

    private static List<SigmaSource> read(Path root, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".yml")).sorted().map(p -> {
                try {
                    return new SigmaSource(root.relativize(p).toString(), Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
