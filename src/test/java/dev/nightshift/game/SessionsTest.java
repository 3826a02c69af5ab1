package dev.nightshift.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.scoring.ScoreCard;
import dev.nightshift.scoring.Verdict;
import dev.nightshift.store.SessionStore;
import dev.nightshift.store.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionsTest {

    @TempDir
    Path home;

    private final long[] wall = {1_000_000L};

    private Sessions sessions() {
        return new Sessions(new SessionStore(dataSource()), ScenarioLibrary.bundled(), () -> wall[0]);
    }

    private JdbcDataSource dataSource() {
        return TestDatabases.homeFile(home);
    }

    @Test
    void aRealTimeSessionFollowsTheWallClockInEveryProcess() throws Exception {
        Sessions sessions = sessions();
        Shift shift = sessions.start("tutorial-brute-force", Role.ANALYST, 7L, Pace.parse("realtime:60"));
        java.time.Instant start = shift.start();
        assertThat(sessions.current().now()).isEqualTo(start);
        wall[0] += 40_000; // 40 s of wall time at 60x: 40 simulated minutes, past the spray at 09:08
        assertThat(sessions.current().now()).isEqualTo(start.plus(Duration.ofMinutes(40)));
        assertThat(sessions.current().alerts()).extracting(CaseAlert::id).containsExactly("A-001");
        sessions.view("A-001");
        assertThat(sessions.current().now()).as("actions cost no simulated time at real-time pace")
                .isEqualTo(start.plus(Duration.ofMinutes(40)));
        assertThatThrownBy(() -> sessions.waitFor(Duration.ofMinutes(5))).isInstanceOf(GameException.class)
                .hasMessageContaining("plays in real time (realtime:60)");
        assertThat(sessions().current().now()).as("another process sees the same now")
                .isEqualTo(start.plus(Duration.ofMinutes(40)));
        wall[0] += 10 * 60_000; // ten wall minutes: ten simulated hours, capped at the end of the shift
        assertThat(sessions().current().isOver()).isTrue();
        assertThat(sessions.end().accuracy().alerts()).isEqualTo(5); // left alone: spray, the two logons folded into one entry, the new account, two typos
    }

    @Test
    void paceIsManualOrRealtimeWithAFactor() {
        assertThat(Pace.parse("manual").isManual()).isTrue();
        assertThat(Pace.parse("realtime:60").text()).isEqualTo("realtime:60");
        assertThat(Pace.parse("REALTIME:2.5").factor()).isEqualTo(2.5);
        for (String bad : new String[] {"fast", "realtime:", "realtime:0", "realtime:-1", "realtime:99999", "realtime:x"}) {
            assertThatThrownBy(() -> Pace.parse(bad)).as(bad).isInstanceOf(GameException.class)
                    .hasMessageContaining("realtime:<factor>");
        }
    }

    @Test
    void aRestartedProcessRebuildsTheSameShiftFromTheJournal() throws Exception {
        Sessions first = sessions();
        first.start("tutorial-brute-force", Role.ANALYST, 7L);
        first.next();
        first.view("A-001");
        first.triage("A-001", Verdict.TRUE_POSITIVE, List.of("T1110.003"), "spray");
        first.contain(EntityKind.IP, "198.51.100.219");
        first.waitFor(Duration.ofMinutes(30));
        Shift played = first.current();

        Shift rebuilt = sessions().current();
        assertThat(rebuilt).isNotSameAs(played);
        assertThat(rebuilt.now()).isEqualTo(played.now());
        assertThat(rebuilt.eventsSeen()).isEqualTo(played.eventsSeen());
        assertThat(rebuilt.alerts()).extracting(CaseAlert::id, CaseAlert::state)
                .containsExactlyElementsOf(played.alerts().stream().map(a -> org.assertj.core.groups.Tuple.tuple(a.id(), a.state())).toList());
        assertThat(rebuilt.containments()).isEqualTo(played.containments());
    }

    @Test
    void resumeSwitchesBackToAnEarlierSessionWhereItWas() throws Exception {
        Sessions sessions = sessions();
        sessions.start("tutorial-brute-force", Role.ANALYST, 7L);
        sessions.next();
        String first = sessions.currentRecord().id();
        var firstClock = sessions.current().now();
        sessions.start("quiet-night", Role.ANALYST, null);
        assertThat(sessions.currentRecord().id()).isEqualTo("S-0002");
        assertThat(sessions.sessions()).hasSize(2);

        Shift resumed = sessions().resume(first.toLowerCase());
        assertThat(resumed.scenario().id()).isEqualTo("tutorial-brute-force");
        assertThat(resumed.now()).isEqualTo(firstClock);
        assertThat(resumed.alerts()).hasSize(1);
        assertThatThrownBy(() -> sessions.resume("S-0099")).isInstanceOf(GameException.class)
                .hasMessageContaining("there is no session S-0099");
    }

    @Test
    void aFailedActionIsNotJournaled() throws Exception {
        Sessions sessions = sessions();
        sessions.start("tutorial-brute-force", Role.ANALYST, 7L);
        assertThatThrownBy(() -> sessions.view("A-001")).isInstanceOf(GameException.class);
        sessions.next();
        assertThat(sessions().current().alerts()).hasSize(1);
    }

    @Test
    void endingScoresOnceAndKeepsTheCard() throws Exception {
        Sessions sessions = sessions();
        sessions.start("tutorial-brute-force", Role.ANALYST, null);
        sessions.waitFor(Duration.ofHours(2));
        ScoreCard card = sessions.end();
        assertThat(card.seed()).isEqualTo(7);
        assertThat(card.accuracy().openAtEnd()).isEqualTo(card.accuracy().alerts());
        assertThat(sessions().score()).isEqualTo(card);
        assertThatThrownBy(() -> sessions.next()).hasMessageContaining("has ended");
    }

    /** A finish the journal holds ends the session even where its row still says running (a kill -9 can leave that). */
    @Test
    void aJournaledFinishWhoseSessionStayedActiveScoresAsEnded() throws Exception {
        Sessions sessions = sessions();
        sessions.start("tutorial-brute-force", Role.ANALYST, 7L, Pace.parse("manual"));
        sessions.waitFor(Duration.ofMinutes(30));
        SessionStore store = new SessionStore(dataSource());
        String id = store.current().orElseThrow().id();
        assertThat(store.appendAt(id, 2, Action.of("finish").encode())).isTrue();
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(dev.nightshift.store.SessionRecord.Status.ACTIVE);

        ScoreCard card = sessions().score();
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(dev.nightshift.store.SessionRecord.Status.ENDED);
        Sessions reference = new Sessions(SessionStore.inMemory(), ScenarioLibrary.bundled(), () -> wall[0]);
        reference.start("tutorial-brute-force", Role.ANALYST, 7L, Pace.parse("manual"));
        reference.waitFor(Duration.ofMinutes(30));
        assertThat(card).isEqualTo(reference.end());
    }
}
