package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleTestRunTest {

    private static final Path DIR = Path.of("src/test/resources/detection/ruletest");

    @Test
    void jsonReportListsEveryRuleWithTheLinesItMatchedAndPositionsABadLine() throws Exception {
        RuleTestReport report = RuleTestRun.run(List.of(DIR.resolve("rules.yml")), DIR.resolve("events.jsonl"));

        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertThat(json.get("events").asInt()).isEqualTo(4);
        assertThat(json.get("rules")).hasSize(3);
        JsonNode failed = json.get("rules").get(0);
        assertThat(failed.get("id").asText()).isEqualTo("failed-logon");
        assertThat(failed.get("title").asText()).isEqualTo("Failed logon");
        assertThat(failed.get("type").asText()).isEqualTo("detection");
        assertThat(failed.get("matches").asInt()).isEqualTo(3);
        assertThat(failed.get("event_indexes").toString()).isEqualTo("[0,1,4]");
        JsonNode guessing = json.get("rules").get(1);
        assertThat(guessing.get("type").asText()).isEqualTo("correlation");
        assertThat(guessing.get("event_indexes").toString()).isEqualTo("[4]");
        assertThat(json.get("rules").get(2).get("event_indexes").toString()).isEqualTo("[3]");
        JsonNode error = json.get("errors").get(0);
        assertThat(error.get("file").asText()).endsWith("events.jsonl");
        assertThat(error.get("line").asInt()).isEqualTo(6);
        assertThat(error.get("column").asInt()).isEqualTo(38);
        assertThat(error.get("message").asText()).startsWith("invalid JSON: ");
        assertThat(json.get("errors")).hasSize(1);
        assertThat(report.exitCode()).isEqualTo(2);
    }

    @Test
    void textReportNamesTheMatchingRulesAndTheErrors() {
        String text = RuleTestRun.run(List.of(DIR.resolve("rules.yml")), DIR.resolve("events.jsonl")).toText();

        assertThat(text).startsWith("4 events, 3 rules, 3 matched\n")
                .contains("Failed logon (failed-logon)", "event indexes 0, 1, 4", "events.jsonl:6:38: invalid JSON");
    }

    @Test
    void eventsAreReplayedInTimeOrderWhateverTheFileOrder(@TempDir Path tmp) throws Exception {
        Path events = tmp.resolve("shuffled.jsonl");
        Files.writeString(events, """
                {"Channel":"Security","EventID":4625,"IpAddress":"198.51.100.2","@timestamp":"2025-03-01T08:02:00Z"}
                {"Channel":"Security","EventID":4625,"IpAddress":"198.51.100.2","@timestamp":"2025-03-01T08:00:00Z"}
                {"Channel":"Security","EventID":4625,"IpAddress":"198.51.100.2","@timestamp":"2025-03-01T08:01:00Z"}
                """);
        RuleTestReport report = RuleTestRun.run(List.of(DIR.resolve("rules.yml")), events);

        assertThat(report.errors()).isEmpty();
        assertThat(report.exitCode()).isZero();
        assertThat(report.rules().get(1).eventIndexes()).containsExactly(0L);
    }

    @Test
    void eventsFurtherOutOfOrderThanTheWindowAreCountedAndNamedInAWarning(@TempDir Path tmp) throws Exception {
        Path events = tmp.resolve("newest-first.jsonl");
        int count = RuleTestRun.REORDER + 3;
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append("{\"Channel\":\"Security\",\"EventID\":4624,\"@timestamp\":\"")
                    .append(java.time.Instant.parse("2025-03-01T08:00:00Z").plusSeconds(count - i)).append("\"}\n");
        }
        Files.writeString(events, lines);
        RuleTestResults results = RuleTestRun.run(List.of(DIR.resolve("rules.yml")), events, null,
                RuleTestOptions.defaults());

        assertThat(results.outOfOrder()).isEqualTo(new RuleTestResults.OutOfOrder(3, RuleTestRun.REORDER,
                java.time.Instant.parse("2025-03-01T08:00:03Z"), RuleTestRun.REORDER));
        assertThat(results.warnings()).containsExactly(events + ": warning: 3 event(s) came more than 8,192 events"
                + " after newer ones and were played out of time order (the first at event index 8192,"
                + " 2025-03-01T08:00:03Z), so time windows and correlations may not match as on a sorted file; sort the"
                + " file by time first (JSON lines written newest first are in order reversed: tac " + events
                + " > sorted.jsonl)");
        assertThat(results.report().exitCode()).isZero();

        Files.writeString(events, String.join("\n", lines.toString().lines().limit(RuleTestRun.REORDER).toList()));
        assertThat(RuleTestRun.run(List.of(DIR.resolve("rules.yml")), events, null, RuleTestOptions.defaults())
                .warnings()).as("within the window, newest first is put in order without a word").isEmpty();
    }

    @Test
    void aMissingEventsFileOrRuleFileIsAnErrorNotAnException(@TempDir Path tmp) {
        RuleTestReport report = RuleTestRun.run(List.of(tmp.resolve("none.yml")), tmp.resolve("none.jsonl"));

        assertThat(report.errors()).extracting(RuleError::format).containsExactly(
                tmp.resolve("none.yml") + ":1:1: no such file or directory",
                tmp.resolve("none.jsonl") + ":1:1: no such file");
        assertThat(report.events()).isZero();
    }

    @Test
    void validationReadsDirectoriesRecursivelyAndReportsPositionedErrors(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("a/b"));
        Files.copy(DIR.resolve("rules.yml"), tmp.resolve("a/rules.yml"));
        Files.writeString(tmp.resolve("a/b/bad.yaml"), """
                title: Bad
                logsource: {product: windows}
                detection:
                  sel: {Image|endswith|contians: x.exe}
                  condition: sel and not filter
                """);
        Files.writeString(tmp.resolve("a/b/notes.txt"), "not a rule");

        RuleValidation validation = RuleValidation.of(List.of(tmp.resolve("a")));

        assertThat(validation.files()).isEqualTo(2);
        assertThat(validation.rules()).isEqualTo(3);
        assertThat(validation.errorLines()).containsExactly(
                tmp.resolve("a/b/bad.yaml") + ":4:24: unknown modifier 'contians'",
                tmp.resolve("a/b/bad.yaml") + ":5:26: the condition names 'filter', which the detection does not define");
        assertThat(validation.exitCode()).isEqualTo(2);
        assertThat(validation.summary()).isEqualTo("3 rules and 0 filters loaded from 2 files, 2 errors");
    }
}
