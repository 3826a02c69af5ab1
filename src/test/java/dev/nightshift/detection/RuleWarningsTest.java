package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleWarningsTest {

    @Test
    void aCleanRuleHasNoWarningsAndPitfallsAreNamedAtTheirPositions() {
        String clean = """
                title: Clean
                id: 5ef9853e-4d0e-4a70-846f-a9ca37d876da
                status: test
                logsource: {product: windows, category: process_creation}
                detection:
                    selection:
                        EventID: 4688
                        CommandLine|contains: 'a\\\\*b'
                        CommandLine|re: 'a\\*b'
                    condition: selection
                """;
        assertThat(RuleWarnings.of(new SigmaSource("clean.yml", clean))).isEmpty();
        String pitfalls = """
                title: Pitfalls
                id: 12
                status: Stable
                logsource: {product: windows}
                detection:
                    selection:
                        - EventID: ['4688', 4689]
                        - Image|endswith: '\\?x.exe'
                    condition: selection
                """;
        assertThat(RuleWarnings.of(new SigmaSource("p.yml", pitfalls))).containsExactly(
                "p.yml:2:5: warning: id '12' is not a UUID",
                "p.yml:3:9: warning: unknown status 'Stable'; expected stable, test, experimental, deprecated or"
                        + " unsupported",
                "p.yml:7:21: warning: the number 4688 is written as a string; write it without quotes if a number"
                        + " was meant",
                "p.yml:8:27: warning: '\\?' is an escaped wildcard and matches a literal '?'; if a wildcard was meant,"
                        + " remove the backslash (a backslash before a wildcard is written '\\\\?')");
    }

    @Test
    void warningsNeverChangeTheExitCode(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("r.yml"), """
                title: No Logsource
                detection:
                    keywords: ['mimikatz']
                    condition: keywords
                """);
        RuleValidation validation = RuleValidation.of(List.of(dir));
        assertThat(validation.exitCode()).isZero();
        assertThat(validation.checkWarnings()).containsExactly(dir.resolve("r.yml")
                + ":1:1: warning: the rule has no 'logsource', so it applies to every event of every log");
    }
}
