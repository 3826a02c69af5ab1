package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The SigmaHQ reference rules over the real OTRF datasets give exactly the matches in
 * {@code expected-on-datasets.json}, with Security 4688 mapped to process_creation (the file's "profile B"); every
 * pair it does not list matches nothing.
 */
class ReferenceDatasetsTest {

    @TestFactory
    Stream<DynamicTest> referenceRulesMatchExactlyTheExpectedLinesOfEachDataset() throws IOException {
        Path reference = Path.of(System.getProperty("nightshift.reference", "../shared/reference"));
        Path rules = reference.resolve("sigma");
        Assumptions.assumeTrue(Files.isRegularFile(rules.resolve("expected-on-datasets.json")),
                "../shared/reference was not found at " + reference.toAbsolutePath());
        JsonNode expected = new ObjectMapper().readTree(rules.resolve("expected-on-datasets.json").toFile());
        Map<String, Map<String, TreeSet<Long>>> byDataset = new TreeMap<>();
        for (JsonNode entry : expected) {
            TreeSet<Long> lines = new TreeSet<>();
            entry.path("event_lines").forEach(n -> lines.add(n.asLong()));
            entry.path("extra_event_lines_if_4688_mapped").forEach(n -> lines.add(n.asLong()));
            byDataset.computeIfAbsent(entry.get("dataset").asText(), d -> new TreeMap<>())
                    .put(entry.get("rule").asText(), lines);
        }
        RuleFiles files = RuleFiles.read(List.of(rules.resolve("rules")));
        List<SigmaSource> sources = files.sources().stream()
                .map(s -> new SigmaSource(rules.relativize(Path.of(s.file())).toString(), s.text())).toList();
        return byDataset.entrySet().stream().map(dataset -> DynamicTest.dynamicTest(dataset.getKey(), () -> {
            RuleTestReport report = RuleTestRun.run(sources, reference.resolve("datasets").resolve(dataset.getKey()));
            assertThat(report.errors()).isEmpty();
            Map<String, TreeSet<Long>> actual = new TreeMap<>();
            for (RuleTestReport.RuleResult result : report.rules()) {
                if (result.matches() > 0) {
                    actual.put(result.rule().file(), new TreeSet<>(result.eventIndexes()));
                }
            }
            Map<String, TreeSet<Long>> positives = new TreeMap<>(dataset.getValue());
            positives.values().removeIf(TreeSet::isEmpty);
            assertThat(positives).isNotEmpty();
            assertThat(actual).isEqualTo(positives);
            assertThat(report.rules()).hasSize(62);
        }));
    }
}
