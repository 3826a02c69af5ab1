package dev.nightshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code intel} section: read with its defaults, every mistake reported with its position and path. */
class IntelSectionTest {

    private static final ScenarioFiles FILES = ScenarioFiles.of(Map.of("rules/one.yml",
            "title: One\n".getBytes(StandardCharsets.UTF_8)));

    private static String withIntel(String section) {
        return ScenarioLoaderTest.resource("valid.yml") + section;
    }

    @Test
    void aScenarioWithoutIntelGetsTheDefaultFeeds() throws Exception {
        Scenario s = ScenarioLibrary.parse("f.yml", ScenarioLoaderTest.resource("valid.yml"), FILES);
        assertThat(s.intel()).isEqualTo(Intel.DEFAULT);
        assertThat(Intel.DEFAULT).isEqualTo(new Intel(50, 1, 2, List.of()));
    }

    @Test
    void declaredEntriesAreReadAsWritten() throws Exception {
        Scenario s = ScenarioLibrary.parse("f.yml", withIntel("""
                intel:
                  coverage: 30
                  stale: 0
                  false_flags: 4
                  entries:
                    - {indicator: "stage:spray", verdict: malicious, source: AbuseIPDB, confidence: 70, first_seen: 12d, last_seen: 1d, tags: [brute-force]}
                    - {indicator: evil.example, verdict: suspicious, source: OTX, confidence: 20, first_seen: 400d}
                """), FILES);
        assertThat(s.intel()).isEqualTo(new Intel(30, 0, 4, List.of(
                new Intel.Entry("stage:spray", "malicious", "AbuseIPDB", 70, Duration.ofDays(12), Duration.ofDays(1), List.of("brute-force")),
                new Intel.Entry("evil.example", "suspicious", "OTX", 20, Duration.ofDays(400), Duration.ZERO, List.of()))));
        assertThat(s.intel().entries().get(0).stage()).isEqualTo("spray");
    }

    @Test
    void everyMistakeIsReportedAtOnceWithItsPlace() {
        ScenarioException e = catchThrowableOfType(() -> ScenarioLibrary.parse("f.yml", withIntel("""
                intel:
                  coverage: 120
                  falseflags: 2
                  entries:
                    - {indicator: "stage:nope", verdict: evil, source: OTX, confidence: 50, first_seen: 2d, last_seen: 9d}
                    - {indicator: a.example, verdict: benign, source: OTX, first_seen: 2d}
                """), FILES), ScenarioException.class);
        assertThat(e.errors().stream().map(ScenarioError::format).toList()).containsExactly(
                "f.yml:40:13: must be between 0 and 100, got 120 (at intel.coverage)",
                "f.yml:41:3: unknown field 'falseflags'; did you mean 'false_flags'? (at intel.falseflags)",
                "f.yml:43:19: indicator stage:nope names no stage of the attack; use stage:<id> with one of spray, login (at intel.entries[0].indicator)",
                "f.yml:43:42: 'evil' is not one of malicious, suspicious, benign (at intel.entries[0].verdict)",
                "f.yml:43:104: last_seen (9d before the shift) is earlier than first_seen (2d); an indicator is first seen, then last seen (at intel.entries[0].last_seen)",
                "f.yml:44:7: missing required field 'confidence' (at intel.entries[1].confidence)");
    }
}
