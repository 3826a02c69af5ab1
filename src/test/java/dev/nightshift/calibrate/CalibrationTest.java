package dev.nightshift.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.ScenarioLibrary;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped scenario holds the bounds of docs/scoring.md for every scripted player, on three seeds. */
class CalibrationTest {

    static Stream<String> scenarios() {
        return ScenarioLibrary.bundled().list().stream().map(s -> s.id());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void shippedScenarioIsCalibrated(String id) throws Exception {
        CalibrationReport report = Calibration.run(ScenarioLibrary.bundled(), id, 3);
        assertThat(report.problems()).as(CalibrationRendering.text(report)).isEmpty();
        assertThat(report.passed()).isTrue();
        CalibrationReport.PlayerResult expert = report.players().stream().filter(p -> p.player().equals("expert"))
                .findFirst().orElseThrow();
        CalibrationReport.PlayerResult idle = report.players().stream().filter(p -> p.player().equals("does-nothing"))
                .findFirst().orElseThrow();
        assertThat(expert.min()).isGreaterThan(idle.max() + 50);
    }
}
