package dev.nightshift.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scoring.ShiftOutcome.AlertOutcome;
import dev.nightshift.scoring.ShiftOutcome.ContainmentOutcome;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorerTest {

    @Test
    void workedExampleGetsItsExactScore() {
        ScoreCard card = Scorer.score(ScoringFixtures.scripted());
        assertThat(card.accuracy()).isEqualTo(new ScoreCard.Accuracy(5, 2, 3, 4, 1, 4, 1.0, 1.0 / 3, 1.0 + 1.0 / 3 - 1,
                1.0, 1.0, 1, 1));
        assertThat(card.accuracyScore()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(card.containments()).containsExactly(
                new ScoreCard.Contained("spray", EntityKind.IP, "203.0.113.45", 11L),
                new ScoreCard.Contained("valid-login", EntityKind.USER, "m.jones", 10L));
        assertThat(card.wrongContainments()).containsExactly(new ScoreCard.Contained(null, EntityKind.HOST, "ws-0001", null));
        assertThat(card.wrongContainmentMinutes()).isEqualTo(30);
        assertThat(card.containmentScore()).isCloseTo(0.75, within(1e-9));
        assertThat(card.escalations()).containsExactly(new ScoreCard.Escalated("valid-login", Severity.HIGH, Severity.HIGH, 6L));
        assertThat(card.response()).isEqualTo(new ScoreCard.Response(3.0, 2, 2, 1.0, 1.0, 1.0, 1));
        assertThat(card.responseScore()).isCloseTo(1.0, within(1e-9));
        assertThat(card.fatigue()).isEqualTo(new ScoreCard.Fatigue(2.5, 0.6, 30.0, 46.0, 0.4, 7));
        assertThat(card.fatigueScore()).isCloseTo(0.6, within(1e-9));
        assertThat(card.penalties()).isEqualTo(new ScoreCard.Penalties(1, 1, 0, 0, 3, 7));
        assertThat(card.waived()).containsExactly(new ScoreCard.Waived("create-account",
                "escalate stage create-account at high", "no alert showed stage create-account"));
        assertThat(card.ending()).isEqualTo(new ScoreCard.Ending("2026-03-10T10:30:00Z", "2026-03-10T10:30:00Z", 0, 0, 0, List.of()));
        assertThat(card.techniques()).containsExactly(
                new ScoreCard.TechniqueResult("T1110.003", "spray", 1, true, "DONE"),
                new ScoreCard.TechniqueResult("T1078", "valid-login", 1, true, "DONE"),
                new ScoreCard.TechniqueResult("T1136.001", "create-account", 0, false, "STOPPED"));
        // 100 * (40 * 1/3 + 30 * 0.75 + 20 * 1 + 10 * 0.6) / 100 = 61.83, minus 5 (ws-0001) and 2 (A-005 escalated)
        assertThat(card.total()).isEqualTo(55);
    }

    @Test
    void slowContainmentEarnsLessAndNeverContainingEarnsNothing() {
        ShiftOutcome slow = ScoringFixtures.scripted(ScoringFixtures.at("10:30"),
                List.of(new ContainmentOutcome(EntityKind.IP, "203.0.113.45", ScoringFixtures.at("10:20"), null)));
        ScoreCard card = Scorer.score(slow);
        // 75 minutes after the spray's first alert: halfway from 1.0 (30 min) to 0.5 (120 min); the user never.
        assertThat(card.containmentScore()).isCloseTo((0.75 + 0) / 2, within(1e-9));
        assertThat(card.containments().get(1).minutesToContain()).isNull();
    }

    @Test
    void aConstantAnswerEarnsNoAccuracyWhateverTheClassBalance() {
        for (Verdict constant : Verdict.values()) {
            List<AlertOutcome> alerts = ScoringFixtures.scripted().alerts().stream()
                    .map(a -> new AlertOutcome(a.id(), a.rule(), a.attack(), a.stages(), a.raisedAt(), a.attackSince(),
                            a.count(), a.raisedAt(), constant, true, null, null))
                    .toList();
            assertThat(Verdicts.accuracy(alerts).informedness()).as(constant.word()).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void aVerdictGivenWithoutOpeningTheAlertIsAGuessAndEarnsNothing() {
        List<AlertOutcome> blind = ScoringFixtures.scripted().alerts().stream()
                .map(a -> new AlertOutcome(a.id(), a.rule(), a.attack(), a.stages(), a.raisedAt(), a.attackSince(),
                        a.count(), a.raisedAt(), a.attack() ? Verdict.TRUE_POSITIVE : Verdict.BENIGN, false, null, null))
                .toList();
        ScoreCard.Accuracy accuracy = Verdicts.accuracy(blind);
        assertThat(accuracy.correct()).isEqualTo(5);
        assertThat(accuracy.blindVerdicts()).isEqualTo(5);
        assertThat(accuracy.truePositiveRate()).isZero();
        assertThat(accuracy.trueNegativeRate()).isZero();
    }

    @Test
    void endingEarlySaysWhenAndWhatCameAfter() {
        ScoreCard card = Scorer.score(ScoringFixtures.scripted(ScoringFixtures.at("09:30"), List.of()));
        assertThat(card.ending()).isEqualTo(new ScoreCard.Ending("2026-03-10T09:30:00Z", "2026-03-10T10:30:00Z", 60,
                2, 0, List.of()));
    }

    @Test
    void overEscalatingCostsAQuarterALevelAndUnderEscalatingHalf() {
        assertThat(Reaction.severityCredit(Severity.HIGH, Severity.HIGH)).isEqualTo(1.0);
        assertThat(Reaction.severityCredit(Severity.HIGH, Severity.CRITICAL)).isEqualTo(0.75);
        assertThat(Reaction.severityCredit(Severity.LOW, Severity.CRITICAL)).isEqualTo(0.25);
        assertThat(Reaction.severityCredit(Severity.HIGH, Severity.MEDIUM)).isEqualTo(0.5);
        assertThat(Reaction.severityCredit(Severity.HIGH, Severity.LOW)).isZero();
        assertThat(Reaction.severityCredit(Severity.HIGH, null)).isZero();
    }

    @Test
    void aComponentWithNothingToMeasureGivesItsWeightToTheOthers() {
        ShiftOutcome quiet = new ShiftOutcome("quiet", "analyst", 1, ScoringFixtures.at("08:30"), ScoringFixtures.at("10:30"),
                ScoringFixtures.at("10:30"), null,
                List.of(new AlertOutcome("A-001", "scan", false, Set.of(), ScoringFixtures.at("09:00"), null, 4,
                        ScoringFixtures.at("09:05"), Verdict.BENIGN, true, null, null),
                        new AlertOutcome("A-002", "scan", false, Set.of(), ScoringFixtures.at("09:10"), null, 1, null,
                                null, false, null, null)),
                List.of(), List.of(), List.of(), List.of(), List.of(), Set.of(), new ShiftOutcome.Weights(40, 20, 10, 30));
        ScoreCard card = Scorer.score(quiet);
        assertThat(card.containmentScore()).isNull();
        assertThat(card.responseScore()).isNull();
        // accuracy 0.5 (one of two closed), fatigue 0.5, over the 70 points of weight that were measured
        assertThat(card.total()).isEqualTo(50);
    }

    @Test
    void aShiftWithNoAlertsAndNoAttackIsPerfect() {
        ShiftOutcome quiet = new ShiftOutcome("quiet", "analyst", 1, ScoringFixtures.at("08:30"), ScoringFixtures.at("10:30"),
                ScoringFixtures.at("10:30"), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Set.of(), new ShiftOutcome.Weights(25, 25, 25, 25));
        assertThat(Scorer.score(quiet).total()).isEqualTo(100);
    }

    @Test
    void weightsMustSumToHundred() {
        assertThatThrownBy(() -> new ShiftOutcome.Weights(50, 30, 20, 10)).hasMessageContaining("sum to 100");
    }

    @Test
    void verdictsAreRightOnlyForTheMatchingTruth() {
        assertThat(Verdict.TRUE_POSITIVE.isRightFor(true)).isTrue();
        assertThat(Verdict.BENIGN.isRightFor(false)).isTrue();
        assertThat(Verdict.FALSE_POSITIVE.isRightFor(true)).isFalse();
        assertThat(Verdict.parse("True-Positive")).contains(Verdict.TRUE_POSITIVE);
        assertThat(Verdict.parse("maybe")).isEmpty();
    }
}
