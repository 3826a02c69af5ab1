package dev.nightshift.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioLibrary;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The truth of an event never reaches the telemetry output; it is written separately, keyed by event index. */
class TruthTest {

    @Test
    void noTruthLabelAppearsInTheJsonLinesOfAScenarioWithAttacksAndLookalikes() throws Exception {
        Scenario scenario = ScenarioLibrary.bundled().load("ransomware-3am");
        List<Event> events = TestScenarios.all(scenario, scenario.seed());

        assertThat(events).anyMatch(e -> e.truth().isAttack()).anyMatch(e -> e.truth().kind() == Truth.Kind.LOOKALIKE);
        for (Event e : events) {
            String line = JsonLinesFormat.format(e);
            assertThat(line).doesNotContain("\"truth\"", "credential-dump", "inhibit-recovery", "initial-logon", "backup-rename",
                    "vulnerability-scan", "\"technique\"", "T1003", "T1486", "LOOKALIKE", "ATTACK");
        }
    }

    @Test
    void truthLinesAreKeyedByEventIndex() throws Exception {
        StringWriter out = new StringWriter();
        TruthLines.write(new Event(12, java.time.Instant.EPOCH, LogSource.service("windows", "security"), "h", java.util.Map.of(),
                Truth.attack("spray", "T1110.003")), out);

        assertThat(out.toString()).isEqualTo("{\"index\":12,\"kind\":\"attack\",\"stage\":\"spray\",\"technique\":\"T1110.003\"}\n");
        assertThat(TruthLines.format(new Event(13, java.time.Instant.EPOCH, LogSource.service("windows", "security"), "h", java.util.Map.of(),
                Truth.lookalike("password-typos")))).isEqualTo("{\"index\":13,\"kind\":\"lookalike\",\"lookalike\":\"password-typos\"}");
        assertThat(TruthLines.format(new Event(14, java.time.Instant.EPOCH, LogSource.service("windows", "security"), "h", java.util.Map.of(),
                Truth.benign()))).isEqualTo("{\"index\":14,\"kind\":\"benign\"}");
    }
}
