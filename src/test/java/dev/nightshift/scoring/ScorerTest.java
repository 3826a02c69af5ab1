package dev.nightshift.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.nightshift.scoring.ShiftOutcome.AlertOutcome;
import dev.nightshift.scoring.ShiftOutcome.ContainmentOutcome;
import dev.nightshift.scoring.ShiftOutcome.RequiredContainment;
import dev.nightshift.scoring.ShiftOutcome.RequiredEscalation;
import dev.nightshift.scoring.ShiftOutcome.StageOutcome;
import dev.nightshift.scenario.EntityKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static Instant at(String hhmm) {
        return Instant.parse("2026-03-10T" + hhmm + ":00Z");
    }

    private static ShiftOutcome scripted() {
        List<StageOutcome> stages = List.of(
                new StageOutcome("spray", "T1110.003", "DONE", at("09:00"), Map.of(EntityKind.IP, "203.0.113.45")),
                new StageOutcome("valid-login", "T1078", "DONE", at("09:10"),
                        Map.of(EntityKind.USER, "m.jones", EntityKind.IP, "203.0.113.45")),
                new StageOutcome("create-account", "T1136.001", "STOPPED", null, Map.of(EntityKind.USER, "m.jones")));
        List<AlertOutcome> alerts = List.of(
                new AlertOutcome("A-001", "spray", true, Set.of("spray"), at("09:05"), at("09:08"),
                        Verdict.TRUE_POSITIVE, null, null),
                new AlertOutcome("A-002", "typos", false, Set.of(), at("08:50"), at("09:20"),
                        Verdict.FALSE_POSITIVE, null, null),
                new AlertOutcome("A-003", "external logon", true, Set.of("valid-login"), at("09:12"), at("09:15"),
                        Verdict.TRUE_POSITIVE, Severity.HIGH, at("09:18")),
                new AlertOutcome("A-004", "typos", false, Set.of(), at("10:00"), null, null, null, null));
        List<ContainmentOutcome> containments = List.of(
                new ContainmentOutcome(EntityKind.IP, "203.0.113.45", at("09:16"), null),
                new ContainmentOutcome(EntityKind.USER, "m.jones", at("09:22"), null),
                new ContainmentOutcome(EntityKind.HOST, "ws-0001", at("09:30"), at("10:00")));
        return new ShiftOutcome("tutorial-brute-force", "analyst", 7, at("08:30"), at("10:30"), at("10:30"),
                alerts, containments, stages,
                List.of(new RequiredContainment("spray", EntityKind.IP, "203.0.113.45"),
                        new RequiredContainment("valid-login", EntityKind.USER, "m.jones")),
                List.of(new RequiredEscalation("valid-login", Severity.HIGH),
                        new RequiredEscalation("create-account", Severity.HIGH)),
                new ShiftOutcome.Weights(40, 30, 20, 10));
    }

    @Test
    void scriptedShiftGetsItsExactScore() {
        ScoreCard card = Scorer.score(scripted());
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
        assertThat(card.techniques()).containsExactly(
                new ScoreCard.TechniqueResult("T1110.003", "spray", 1, true, "DONE"),
                new ScoreCard.TechniqueResult("T1078", "valid-login", 1, true, "DONE"),
                new ScoreCard.TechniqueResult("T1136.001", "create-account", 0, false, "STOPPED"));
        assertThat(card.total()).isEqualTo(77);
    }

    @Test
    void slowContainmentEarnsLessAndNeverContainingEarnsNothing() {
        ShiftOutcome base = scripted();
        ShiftOutcome slow = new ShiftOutcome(base.scenarioId(), base.role(), base.seed(), base.start(), base.end(),
                base.endedAt(), base.alerts(),
                List.of(new ContainmentOutcome(EntityKind.IP, "203.0.113.45", at("10:15"), null)),
                base.stages(), base.requiredContainments(), base.requiredEscalations(), base.weights());
        ScoreCard card = Scorer.score(slow);
        // 75 minutes after the first attack event: halfway from 1.0 (30 min) to 0.5 (120 min); the user never.
        assertThat(card.containmentScore()).isCloseTo((0.75 + 0) / 2, within(1e-9));
        assertThat(card.containments().get(1).minutesToContain()).isNull();
    }

    @Test
    void aShiftWithNoAlertsAndNoAttackIsPerfect() {
        ShiftOutcome quiet = new ShiftOutcome("quiet", "analyst", 1, at("08:30"), at("10:30"), at("10:30"),
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
