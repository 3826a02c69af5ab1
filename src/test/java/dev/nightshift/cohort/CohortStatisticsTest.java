package dev.nightshift.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CohortStatisticsTest {

    private final CohortStatistics.View view = CohortStatistics.of("spring", CohortFixtures.five());

    @Test
    void theScoresDistributionHasExactPercentilesMeanAndSampleDeviation() {
        CohortStatistics.Summary score = view.metrics().get(0);
        assertThat(score.metric().key()).isEqualTo("score");
        assertThat(score.count()).isEqualTo(5);
        assertThat(score.mean()).isEqualTo(76.0);
        assertThat(score.sd()).isCloseTo(Math.sqrt(130), within(1e-12));
        assertThat(score.percentiles()).containsExactlyInAnyOrderEntriesOf(
                Map.of(10, 64.0, 25, 70.0, 50, 80.0, 75, 80.0, 90, 86.0));
        assertThat(score.min()).isEqualTo(60.0);
        assertThat(score.max()).isEqualTo(90.0);
        assertThat(score.histogram()).extracting(CohortStatistics.Bin::count)
                .containsExactly(0, 0, 0, 0, 0, 0, 1, 1, 2, 1);
    }

    @Test
    void equalScoresShareARankAndTheNextRankSkips() {
        assertThat(view.ranking()).extracting(c -> c.entry().candidate() + " " + c.rank())
                .containsExactly("ada 1", "bob 2", "cy 2", "dan 4", "eve 5");
    }

    @Test
    void eachCandidateHasAZScoreAndAStandingOnTheScore() {
        CohortStatistics.Standing ada = standing("ada", "score");
        assertThat(ada.z()).isCloseTo(14 / Math.sqrt(130), within(1e-12));
        assertThat(ada.standing()).isEqualTo(100.0);
        assertThat(standing("eve", "score").z()).isCloseTo(-16 / Math.sqrt(130), within(1e-12));
        assertThat(standing("eve", "score").standing()).isEqualTo(0.0);
        assertThat(standing("bob", "score").standing()).as("beats dan and eve, ties cy").isEqualTo(62.5);
        assertThat(standing("cy", "score").rank()).isEqualTo(2);
    }

    @Test
    void lessIsBetterForTimeAndAMetricACardDidNotMeasureIsLeftOut() {
        CohortStatistics.Summary minutes = view.metrics().get(1);
        assertThat(minutes.metric().key()).isEqualTo("minutes_to_acknowledge");
        assertThat(minutes.count()).isEqualTo(4);
        assertThat(minutes.mean()).isEqualTo(15.0);
        assertThat(minutes.sd()).isCloseTo(6.0, within(1e-12));
        assertThat(minutes.percentiles()).containsEntry(25, 11.0).containsEntry(50, 16.0).containsEntry(90, 20.0);
        assertThat(minutes.histogram()).extracting(CohortStatistics.Bin::count).containsExactly(1, 1, 2);
        assertThat(standing("cy", "minutes_to_acknowledge").rank()).isEqualTo(1);
        assertThat(standing("bob", "minutes_to_acknowledge").rank()).isEqualTo(3);
        assertThat(standing("dan", "minutes_to_acknowledge").rank()).isEqualTo(3);
        assertThat(standing("ada", "minutes_to_acknowledge").standing()).isCloseTo(200.0 / 3, within(1e-12));
        assertThat(standing("bob", "minutes_to_acknowledge").standing()).isCloseTo(50.0 / 3, within(1e-12));
        assertThat(standing("ada", "minutes_to_acknowledge").z()).isCloseTo(-0.5, within(1e-12));
        assertThat(candidate("eve").standings()).extracting(s -> s.metric().key()).containsExactly("score");
    }

    @Test
    void aCohortOfOneHasNobodyToCompareWith() {
        CohortStatistics.View one = CohortStatistics.of("solo", List.of(CohortFixtures.entry("ada", 90, 12.0)));
        assertThat(one.metrics().get(0).sd()).isNaN();
        assertThat(one.ranking().get(0).standings().get(0).z()).isNull();
        assertThat(one.ranking().get(0).standings().get(0).standing()).isNull();
        assertThat(one.ranking().get(0).rank()).isEqualTo(1);
        assertThatThrownBy(() -> CohortStatistics.of("empty", List.of())).isInstanceOf(CohortException.class)
                .hasMessage("cohort empty has no results yet; import them with: cohort import --cohort empty RESULT...");
    }

    @Test
    void allEqualScoresAllRankFirstWithNoZScore() {
        CohortStatistics.View same = CohortStatistics.of("same", List.of(CohortFixtures.entry("a", 50, null),
                CohortFixtures.entry("b", 50, null), CohortFixtures.entry("c", 50, null)));
        assertThat(same.ranking()).extracting(CohortStatistics.Candidate::rank).containsExactly(1, 1, 1);
        assertThat(same.ranking().get(0).standings().get(0).z()).isNull();
        assertThat(same.ranking().get(0).standings().get(0).standing()).isEqualTo(50.0);
    }

    private CohortStatistics.Candidate candidate(String name) {
        return view.ranking().stream().filter(c -> c.entry().candidate().equals(name)).findFirst().orElseThrow();
    }

    private CohortStatistics.Standing standing(String name, String metric) {
        return candidate(name).standings().stream().filter(s -> s.metric().key().equals(metric)).findFirst()
                .orElseThrow();
    }
}
