package dev.nightshift.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.scoring.ScoreCard;
import dev.nightshift.scoring.Scorer;
import dev.nightshift.scoring.Severity;
import dev.nightshift.scoring.Verdict;
import dev.nightshift.telemetry.StageState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShiftTest {

    private static Scenario tutorial;

    @BeforeAll
    static void load() throws Exception {
        tutorial = ScenarioLibrary.bundled().load("tutorial-brute-force");
    }

    private static Shift shift() {
        return Shift.open(tutorial, Role.ANALYST, 7);
    }

    private static StageState stage(Shift shift, String id) {
        return shift.stages().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void leftAloneTheIntruderCreatesAnAccount() {
        Shift shift = shift();
        shift.waitFor(Duration.ofHours(2));
        assertThat(shift.isOver()).isTrue();
        assertThat(shift.alerts()).extracting(a -> a.alert().title()).contains("User Account Created");
        assertThat(stage(shift, "create-account").status()).isEqualTo(StageState.Status.DONE);
        assertThat(Scorer.score(Outcomes.of(shift)).hostsImpacted()).isEqualTo(2); // the gateway and the DC
    }

    @Test
    void containingTheSprayedAccountBeforeAccountCreationStopsThatStage() {
        Shift shift = shift();
        shift.next();
        List<CaseAlert> logon = shift.next();
        assertThat(logon).extracting(a -> a.alert().title())
                .containsExactly("Successful Network Or Remote Desktop Logon From A Public Address");
        String user = (String) logon.get(0).events().get(0).field("TargetUserName");
        assertThat(user).isEqualTo("c.veum");
        shift.contain(EntityKind.USER, user);
        shift.waitFor(Duration.ofHours(2));
        assertThat(shift.alerts()).extracting(a -> a.alert().title()).doesNotContain("User Account Created");
        assertThat(stage(shift, "create-account").status()).isEqualTo(StageState.Status.STOPPED);
        // the intruder's second logon event (the remote desktop session after the network logon) never comes
        assertThat(stage(shift, "valid-login").status()).isEqualTo(StageState.Status.STOPPED);
        assertThat(stage(shift, "valid-login").firstEvent()).isNotNull();
    }

    @Test
    void actionsCostSimulatedMinutes() {
        Shift shift = shift();
        shift.next();
        Instant raised = shift.now();
        shift.view("A-001");
        shift.triage("a-001", Verdict.TRUE_POSITIVE, List.of("T1110.003"), null);
        shift.escalate("A-001", Severity.MEDIUM, "spray");
        shift.contain(EntityKind.IP, "198.51.100.219");
        assertThat(Duration.between(raised, shift.now())).isEqualTo(Duration.ofMinutes(1 + 2 + 3 + 5));
        assertThat(shift.alert("A-001").state()).isEqualTo("escalated");
    }

    @Test
    void searchSeesOnlyThePastAndCostsTwoMinutes() {
        Shift shift = shift();
        shift.next();
        Instant before = shift.now();
        SearchResult spray = shift.search(EventQuery.parse("IpAddress=198.51.100.219 EventID=4625"), 3);
        assertThat(spray.total()).isEqualTo(5);
        assertThat(spray.latest()).hasSize(3).extracting(e -> e.field("TargetUserName"))
                .containsExactly("info", "j.langosh", "s.schaden");
        assertThat(spray.latest()).allMatch(e -> !e.timestamp().isAfter(before));
        assertThat(Duration.between(before, shift.now())).isEqualTo(Duration.ofMinutes(2));
        assertThat(shift.search(EventQuery.parse("IpAddress=198.51.100.219 EventID=4625"), 100).total())
                .isGreaterThan(5);
    }

    @Test
    void mistakesAreRefusedWithASentence() {
        Shift shift = shift();
        assertThatThrownBy(() -> shift.view("A-001")).isInstanceOf(GameException.class)
                .hasMessage("there is no alert A-001; no alert has been raised yet");
        assertThatThrownBy(() -> shift.contain(EntityKind.USER, "nobody")).hasMessageContaining("no user nobody");
        assertThatThrownBy(() -> shift.contain(EntityKind.IP, "300.1.1.1")).hasMessageContaining("not an IP address");
        shift.contain(EntityKind.IP, "203.0.113.7");
        assertThatThrownBy(() -> shift.contain(EntityKind.IP, "203.0.113.7")).hasMessageContaining("already contained");
        assertThatThrownBy(() -> shift.release(EntityKind.HOST, "DC01")).hasMessageContaining("not contained");
        shift.waitFor(Duration.ofHours(3));
        assertThatThrownBy(shift::next).hasMessageContaining("the shift is over");
    }

    @Test
    void blockingTheAddressEarlyStopsTheWholeChainAndScoresTheSameEveryTime() {
        ScoreCard first = playQuickBlock();
        // blocked mid-spray: the rest of the spray, the logon and the account creation never happen
        assertThat(first.stagesStopped()).isEqualTo(3);
        assertThat(first.stagesCompleted()).isZero();
        assertThat(first.containments()).hasSize(1);
        assertThat(first.containments().get(0).minutesToContain()).isEqualTo(0L);
        assertThat(playQuickBlock()).isEqualTo(first);
    }

    private static ScoreCard playQuickBlock() {
        Shift shift = shift();
        shift.next();
        shift.contain(EntityKind.IP, "198.51.100.219");
        shift.triage("A-001", Verdict.TRUE_POSITIVE, List.of(), null);
        shift.waitFor(Duration.ofHours(2));
        return Scorer.score(Outcomes.of(shift));
    }
}
