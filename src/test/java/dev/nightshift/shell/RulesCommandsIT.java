package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules test and rules validate on the packaged jar: the new formats and outputs, and bad input as exit 2. */
class RulesCommandsIT {

    private static final String LOGS = "src/test/resources/logs/";

    @TempDir
    Path home;

    @Test
    void rulesTestReadsWindowsXmlAndPrintsATableOfTheSelectedLevels() throws Exception {
        Launch.Result r = Launch.run(home, "rules", "test", "--rules", LOGS + "rules.yml", "--events",
                LOGS + "security.xml", "--output", "table", "--level", "critical,medium");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().toList()).startsWith(
                String.format("%-44s %-13s %-24s %-20s %s", "RULE", "LEVEL", "TIME", "HOST", "MATCHED FIELDS"),
                String.format("%-44s %-13s %-24s %-20s %s", "Comsvcs MiniDump", "critical", "2024-05-02T09:00:01Z",
                        "WS-07.corp.example", "Image=C:\\Windows\\System32\\rundll32.exe; CommandLine=rundll32.exe"
                                + " C:\\windows\\System32\\comsvcs.dll, MiniDump 62..."));
        assertThat(r.out()).contains("2 events, 3 rules, 2 matched, 2 matches");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aBrokenPipelineIsBadInputAtItsPositionWithoutAStackTrace() throws Exception {
        Path pipeline = home.resolve("broken.yml");
        Files.writeString(pipeline, "name: x\ntransformations:\n  - type: add_condition\n    conditions: [a]\n");
        Launch.Result r = Launch.run(home, "rules", "test", "--rules", LOGS + "rules.yml", "--events",
                LOGS + "cloudtrail.json", "--pipeline", pipeline.toString(), "--json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: 1 error(s): " + pipeline + ":4:17: 'conditions' must map field names "
                + "to a value or a list of values\n");
        assertThat(r.out()).contains("\"errors\":[{\"file\":\"" + pipeline + "\",\"line\":4,\"column\":17");
    }

    @Test
    void anUnknownFormatOrOutputIsBadInput() throws Exception {
        Launch.Result format = Launch.run(home, "rules", "test", "--rules", LOGS + "rules.yml", "--events",
                LOGS + "cloudtrail.json", "--format", "evtx");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).isEqualTo("error: unknown events format 'evtx' (known: "
                + "auto|jsonl|evtx-json|xml|ecs|cloudtrail)\n");
        Launch.Result output = Launch.run(home, "rules", "test", "--rules", LOGS + "rules.yml", "--events",
                LOGS + "cloudtrail.json", "--output", "xlsx");
        assertThat(output.exitCode()).isEqualTo(2);
        assertThat(output.err()).isEqualTo("error: unknown output 'xlsx' (known: text, table, json, csv, sarif)\n");
    }

    @Test
    void validateWarnsAsSigmaCheckDoesAndStillExitsZero() throws Exception {
        Path rule = home.resolve("pitfalls.yml");
        Files.writeString(rule, """
                title: Pitfalls
                id: not-a-uuid
                status: production
                level: low
                detection:
                    selection:
                        EventID: '4688'
                        CommandLine|contains: 'a\\*b'
                    condition: selection
                """);
        Launch.Result r = Launch.run(home, "rules", "validate", rule.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                rule + ":1:1: warning: the rule has no 'logsource', so it applies to every event of every log",
                rule + ":2:5: warning: id 'not-a-uuid' is not a UUID",
                rule + ":3:9: warning: unknown status 'production'; expected stable, test, experimental, deprecated"
                        + " or unsupported",
                rule + ":7:18: warning: the number 4688 is written as a string; write it without quotes if a number"
                        + " was meant",
                rule + ":8:31: warning: '\\*' is an escaped wildcard and matches a literal '*'; if a wildcard was"
                        + " meant, remove the backslash (a backslash before a wildcard is written '\\\\*')",
                "1 rules and 0 filters loaded from 1 files, 0 errors");
    }
}
