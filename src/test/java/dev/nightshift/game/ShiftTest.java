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
    void blockedMidSprayTheSprayerComesBackFromAnotherAddressAndBlockingThatOneStopsTheChain() {
        ScoreCard first = playQuickBlocks(true);
        // each block lands mid-spray: the first makes it come back 20 minutes later, the second (its one try spent) holds
        assertThat(first.stagesStopped()).isEqualTo(3);
        assertThat(first.stagesCompleted()).isZero();
        assertThat(first.containments()).extracting(c -> c.name()).containsExactly("198.51.100.219", SECOND_SPRAYER);
        assertThat(playQuickBlocks(true)).isEqualTo(first);

        ScoreCard once = playQuickBlocks(false);
        assertThat(once.stagesCompleted()).as("blocked once, the sprayer got in from its second address").isEqualTo(3);
        assertThat(once.containments()).extracting(c -> c.name() + (c.minutesToContain() != null ? " contained" : " missed"))
                .containsExactly("198.51.100.219 contained", SECOND_SPRAYER + " missed", "c.veum missed");
        assertThat(once.total()).isLessThan(first.total());
    }

    private static final String SECOND_SPRAYER = "203.0.113.224";

    private static ScoreCard playQuickBlocks(boolean both) {
        Shift shift = shift();
        shift.next();
        shift.contain(EntityKind.IP, "198.51.100.219");
        shift.triage("A-001", Verdict.TRUE_POSITIVE, List.of(), null);
        CaseAlert again = shift.next().get(0);
        assertThat(again.events().get(0).field("IpAddress")).isEqualTo(SECOND_SPRAYER);
        if (both) {
            shift.contain(EntityKind.IP, SECOND_SPRAYER);
            shift.triage(again.id(), Verdict.TRUE_POSITIVE, List.of(), null);
        }
        shift.waitFor(Duration.ofHours(2));
        return Scorer.score(Outcomes.of(shift));
    }

    @Test
    void repeatedAlertsOfOneRuleOnOneSubjectFoldIntoOneEntry() {
        Shift shift = shift();
        shift.next();
        CaseAlert logon = shift.next().get(0);
        shift.waitFor(Duration.ofMinutes(1));
        assertThat(shift.alert(logon.id()).count()).isEqualTo(2); // the network logon and the remote desktop session
        assertThat(shift.alert(logon.id()).subject()).containsEntry("user", "c.veum").containsEntry("src", "198.51.100.219");
        assertThat(shift.alert(logon.id()).events()).hasSize(2);
    }

    @Test
    void aBulkVerdictNeedsOneReadAlertAndClosesOnlyTheNoiseItSelects() {
        Shift shift = shift();
        shift.waitFor(Duration.ofMinutes(115));
        List<CaseAlert> failed = shift.alerts().stream()
                .filter(a -> a.alert().title().equals("Many Failed Logons From A Single Source")).toList();
        assertThat(failed).hasSize(3);
        assertThatThrownBy(() -> shift.triageRule(failed.get(0).id(), EventQuery.parse("IpAddress=10.*"), Verdict.BENIGN, null))
                .hasMessageContaining("read one of the 2 alerts first");
        assertThatThrownBy(() -> shift.triageRule(failed.get(0).id(), null, Verdict.TRUE_POSITIVE, null))
                .hasMessageContaining("a bulk verdict closes noise");
        shift.view(failed.get(1).id());
        Instant before = shift.now();
        List<CaseAlert> closed = shift.triageRule("Many Failed Logons From A Single Source", EventQuery.parse("IpAddress=10.*"),
                Verdict.BENIGN, "colleagues retyping");
        assertThat(closed).extracting(CaseAlert::id).containsExactly(failed.get(1).id(), failed.get(2).id());
        assertThat(shift.alert(failed.get(0).id()).isOpen()).as("the spray from the internet stays open").isTrue();
        assertThat(Duration.between(before, shift.now())).isEqualTo(Duration.ofSeconds(210)); // 3 min + 2 x 15 s
    }

    @Test
    void onceTheShiftIsOverEveryActionIsRefused() {
        Shift shift = shift();
        shift.waitFor(Duration.ofHours(3));
        String id = shift.alerts().get(0).id();
        List<Runnable> actions = List.of(() -> shift.view(id), () -> shift.triage(id, Verdict.BENIGN, List.of(), null),
                () -> shift.escalate(id, Severity.HIGH, null), () -> shift.contain(EntityKind.IP, "198.51.100.219"),
                () -> shift.search(EventQuery.parse("EventID=4625"), 5), shift::next,
                () -> shift.triageRule(id, null, Verdict.BENIGN, null));
        for (Runnable action : actions) {
            assertThatThrownBy(action::run).isInstanceOf(GameException.class).hasMessageContaining("the shift is over");
        }
        assertThat(shift.alerts()).allMatch(CaseAlert::isOpen);
    }

    @Test
    void endingEarlyPlaysTheRestOfTheShiftWithoutTheTrainee() {
        Shift shift = shift();
        shift.next();
        Instant ended = shift.now();
        shift.finish();
        assertThat(shift.isOver()).isTrue();
        assertThat(shift.traineeEndedAt()).isEqualTo(ended);
        assertThat(stage(shift, "create-account").status()).as("the attack went on").isEqualTo(StageState.Status.DONE);
        ScoreCard card = Scorer.score(Outcomes.of(shift));
        assertThat(card.ending().alertsAfter()).isEqualTo(shift.alerts().size() - 1);
        assertThat(card.ending().stagesAfter()).containsExactly("valid-login", "create-account");
        assertThat(card.total()).isLessThanOrEqualTo(10);
    }
}
