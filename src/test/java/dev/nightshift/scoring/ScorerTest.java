package dev.nightshift.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.nightshift.scoring.ShiftOutcome.ContainmentOutcome;
import dev.nightshift.scenario.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

    @Test
    void scriptedShiftGetsItsExactScore() {
        ScoreCard card = Scorer.score(ScoringFixtures.scripted());
        assertThat(card.accuracy()).isEqualTo(new ScoreCard.Accuracy(4, 3, 3, 0.75, 1.0, 1.0, 1, 2, 1));
        assertThat(card.containments()).containsExactly(
                new ScoreCard.Contained("spray", EntityKind.IP, "203.0.113.45", 16L),
                new ScoreCard.Contained("valid-login", EntityKind.USER, "m.jones", 22L));
        assertThat(card.wrongContainments()).containsExactly(new ScoreCard.Contained(null, EntityKind.HOST, "ws-0001", null));
        assertThat(card.wrongContainmentMinutes()).isEqualTo(30);
        assertThat(card.containmentScore()).isCloseTo(0.9, within(1e-9));
        assertThat(card.escalations()).containsExactly(
                new ScoreCard.Escalated("valid-login", Severity.HIGH, Severity.HIGH, 6L),
                new ScoreCard.Escalated("create-account", Severity.HIGH, null, null));
        assertThat(card.responseScore()).isCloseTo((0.5 + 1 + 1.0 / 3) / 3, within(1e-9));
        assertThat(card.response()).isEqualTo(new ScoreCard.Response(3.0, 2, 2));
        assertThat(card.fatigue()).isEqualTo(new ScoreCard.Fatigue(2.0, 0.5, 16.5, 30.0, 0.25));
        assertThat(card.stagesCompleted()).isEqualTo(2);
        assertThat(card.stagesStopped()).isEqualTo(1);
        assertThat(card.hostsImpacted()).isEqualTo(1);
        assertThat(card.techniques()).containsExactly(
                new ScoreCard.TechniqueResult("T1110.003", "spray", 1, true, "DONE"),
                new ScoreCard.TechniqueResult("T1078", "valid-login", 1, true, "DONE"),
                new ScoreCard.TechniqueResult("T1136.001", "create-account", 0, false, "STOPPED"));
        assertThat(card.total()).isEqualTo(77);
    }

    @Test
    void slowContainmentEarnsLessAndNeverContainingEarnsNothing() {
        ShiftOutcome base = ScoringFixtures.scripted();
        ShiftOutcome slow = new ShiftOutcome(base.scenarioId(), base.role(), base.seed(), base.start(), base.end(),
                base.endedAt(), base.alerts(),
                List.of(new ContainmentOutcome(EntityKind.IP, "203.0.113.45", ScoringFixtures.at("10:15"), null)),
                base.stages(), base.requiredContainments(), base.requiredEscalations(), base.weights());
        ScoreCard card = Scorer.score(slow);
        // 75 minutes after the first attack event: halfway from 1.0 (30 min) to 0.5 (120 min); the user never.
        assertThat(card.containmentScore()).isCloseTo((0.75 + 0) / 2, within(1e-9));
        assertThat(card.containments().get(1).minutesToContain()).isNull();
    }

    @Test
    void aShiftWithNoAlertsAndNoAttackIsPerfect() {
        ShiftOutcome quiet = new ShiftOutcome("quiet", "analyst", 1, ScoringFixtures.at("08:30"), ScoringFixtures.at("10:30"), ScoringFixtures.at("10:30"),
                List.of(), List.of(), List.of(), List.of(), List.of(), new ShiftOutcome.Weights(25, 25, 25, 25));
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
