package dev.nightshift.game;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.store.SessionStore;
import dev.nightshift.store.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open shell's watcher shows a real-time session's alerts as its clock brings them, each once, journaling
 * nothing; the trainee's next command then finds the same alerts, with the same ids and times.
 */
class RealtimeWatchTest {

    @TempDir
    Path home;

    private final long[] wall = {1_000_000L};

    private SessionStore store() {
        return new SessionStore(TestDatabases.homeFile(home));
    }

    @Test
    void alertsArriveAtThePromptOnceAndAsTheShiftOfRecordRaisesThem() throws Exception {
        SessionStore store = store();
        Sessions trainee = new Sessions(store, ScenarioLibrary.bundled(), () -> wall[0]);
        Shift shift = trainee.start("tutorial-brute-force", Role.ANALYST, 7L, Pace.parse("realtime:60"));
        String id = trainee.currentRecord().id();
        RealtimeWatch watch = new RealtimeWatch(new Sessions(store, ScenarioLibrary.bundled(), () -> wall[0]), store);
        assertThat(watch.look()).as("nothing yet at the start").isEmpty();
        wall[0] += 40_000; // 40 simulated minutes at 60x: past the spray at 09:08
        List<CaseAlert> arrived = watch.look();
        assertThat(arrived).extracting(CaseAlert::id).containsExactly("A-001");
        assertThat(watch.look()).as("each alert once").isEmpty();
        assertThat(store.journal(id)).as("the watcher journals nothing").isEmpty();

        List<CaseAlert> recorded = trainee.current().alerts();
        assertThat(recorded).extracting(CaseAlert::id).containsExactly("A-001");
        assertThat(recorded.get(0).raisedAt()).isEqualTo(arrived.get(0).raisedAt());
        assertThat(recorded.get(0).subject()).isEqualTo(arrived.get(0).subject());

        trainee.view("A-001"); // the journal grows: the watcher rebuilds, and still shows A-001 only once
        wall[0] += 15_000;
        List<CaseAlert> later = watch.look();
        assertThat(later).extracting(CaseAlert::id).doesNotContain("A-001");
        List<String> shownSoFar = new java.util.ArrayList<>(List.of("A-001"));
        later.forEach(a -> shownSoFar.add(a.id()));
        assertThat(trainee.current().alerts()).extracting(CaseAlert::id).containsExactlyElementsOf(shownSoFar);
        assertThat(shift.start().plus(Duration.ofMinutes(55))).isEqualTo(trainee.current().now());
    }

    @Test
    void aManualSessionHasNothingToWatch() throws Exception {
        SessionStore store = store();
        Sessions trainee = new Sessions(store, ScenarioLibrary.bundled(), () -> wall[0]);
        trainee.start("tutorial-brute-force", Role.ANALYST, 7L);
        trainee.next();
        wall[0] += 3_600_000;
        assertThat(new RealtimeWatch(trainee, store).look()).isEmpty();
    }
}
