package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioLibrary;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario we ship loads its rule pack cleanly and can be won at its own seed: an instructor's first check. */
class BundledScenariosWinnableTest {

    static List<String> ids() {
        return ScenarioLibrary.bundled().ids();
    }

    @ParameterizedTest
    @MethodSource("ids")
    void canBeWonAtItsOwnSeed(String id) throws Exception {
        Scenario scenario = ScenarioLibrary.bundled().load(id);
        ScenarioCheckReport report = ScenarioCheck.run(scenario, scenario.seed());
        assertThat(report.errors()).as("rule pack errors of %s", id).isEmpty();
        assertThat(report.reasons()).as("why %s cannot be won", id).isEmpty();
        assertThat(report.exitCode()).isZero();
    }
}
