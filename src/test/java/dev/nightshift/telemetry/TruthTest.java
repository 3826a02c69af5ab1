package dev.nightshift.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioLibrary;
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
}
