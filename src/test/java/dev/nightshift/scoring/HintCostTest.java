package dev.nightshift.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.report.TextReport;
import org.junit.jupiter.api.Test;

/** Hints cost points, shown on the card; a hint never raises a total, and an assessment offers none. */
class HintCostTest {

    private static ShiftOutcome withHints(int taken, int offered) {
        ShiftOutcome o = ScoringFixtures.scripted();
        return new ShiftOutcome(o.scenarioId(), o.role(), o.seed(), o.start(), o.end(), o.endedAt(), o.traineeEndedAt(),
                o.alerts(), o.containments(), o.stages(), o.requiredContainments(), o.requiredEscalations(), o.waived(),
                o.attackerEntities(), o.weights(), taken, offered);
    }

    @Test
    void twoHintsOfFourCostSixPointsOnTheWorkedExample() {
        ScoreCard card = Scorer.score(withHints(2, 4));
        assertThat(card.total()).isEqualTo(55 - 6);
        assertThat(card.penalties()).isEqualTo(new ScoreCard.Penalties(1, 1, 2, 4, 3, 13));
        String head = TextReport.render(card).lines().limit(6).reduce("", (a, b) -> a + b + "\n");
        assertThat(head).isEqualTo("""
                SCORE CARD  tutorial-brute-force  (analyst, seed 7)
                Total: 49 / 100
                  accuracy     33.3%   containment  75.0%   response 100.0%   fatigue  60.0%
                  minus 13 points: 1 needless containment(s), 1 escalation(s) of alerts that were no attack, 2 hint(s)
                  hints: 2 of 4 taken, 3 points off each: 6 points
                  You worked the shift to its end at 10:30.
                """);
    }

    @Test
    void hintsNeverRaiseATotal() {
        int without = Scorer.score(withHints(0, 4)).total();
        for (int taken = 1; taken <= 4; taken++) {
            assertThat(Scorer.score(withHints(taken, 4)).total()).isLessThan(without);
        }
        assertThat(TextReport.render(Scorer.score(withHints(0, 4)))).contains("  hints: 0 of 4 taken, 3 points off each: 0 points\n");
    }

    @Test
    void anAssessmentOffersNoHintsAndTheCardSaysNothingOfThem() {
        assertThat(TextReport.render(Scorer.score(withHints(0, 0)))).doesNotContain("hints:");
    }
}
