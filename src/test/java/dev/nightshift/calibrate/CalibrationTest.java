package dev.nightshift.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.ScenarioLibrary;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped scenario holds the bounds of docs/scoring.md for every scripted player: the analyst's on three seeds,
 * the engineer's (a week of history and a held-out week each) on one.
 */
class CalibrationTest {

    static Stream<String> scenarios() {
        return ScenarioLibrary.bundled().list().stream().map(s -> s.id());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void shippedScenarioIsCalibrated(String id) throws Exception {
        CalibrationReport report = Calibration.run(ScenarioLibrary.bundled(), id, 3, 1);
        assertThat(report.problems()).as(CalibrationRendering.text(report)).isEmpty();
        assertThat(report.passed()).isTrue();
        CalibrationReport.PlayerResult expert = report.players().stream().filter(p -> p.player().equals("expert"))
                .findFirst().orElseThrow();
        CalibrationReport.PlayerResult idle = report.players().stream().filter(p -> p.player().equals("does-nothing"))
                .findFirst().orElseThrow();
        assertThat(expert.min()).isGreaterThan(idle.max() + 50);
        if (ScenarioLibrary.bundled().load(id).roles().contains("engineer")) {
            int nothing = score(report, "engineer:deploys-nothing");
            int solution = score(report, "engineer:solution");
            assertThat(solution).isGreaterThanOrEqualTo(90).isGreaterThan(nothing + 60);
            assertThat(score(report, "engineer:disables-every-rule")).isLessThanOrEqualTo(30);
        }
    }

    private static int score(CalibrationReport report, String player) {
        return report.players().stream().filter(p -> p.player().equals(player)).findFirst().orElseThrow().max();
    }
}
