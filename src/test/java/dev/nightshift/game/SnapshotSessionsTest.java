package dev.nightshift.game;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.store.SessionRecord;
import dev.nightshift.store.SessionStore;
import dev.nightshift.store.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command in another process (no shift in hand) goes on from the shift snapshot the last action kept and replays
 * nothing, yet ends up exactly where replaying the journal alone does; a snapshot of another build, of other journal
 * entries, or one that cannot be read is passed over, and damaged logs beside it are collected again from the journal.
 */
class SnapshotSessionsTest {

    @TempDir
    Path home;

    private final ScenarioLibrary library = ScenarioLibrary.bundled();

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(TestDatabases.class)
    void afterEveryActionAnotherProcessGoesOnFromItsSnapshot(TestDatabases database) throws Exception {
        SessionStore store = database.store(home);
        Sessions playing = new Sessions(store, library);
        playing.snapshots().keepEvery(0, 0);
        int checked = 0;
        for (ScriptedShift.Step step : ScriptedShift.analyst().steps()) {
            step.act().apply(playing);
            SessionRecord record = playing.currentRecord();
            if (record.status() != SessionRecord.Status.ACTIVE) {
                break;
            }
            List<String> journal = store.journal(record.id());
            Sessions other = new Sessions(store, library);
            Shift restored = other.current();
            Shift replayed = other.snapshots().replay(record, journal);
            if (!journal.isEmpty()) {
                assertThat(other.snapshots().restoredFrom()).as("after %s", step.typed()).isEqualTo(journal.size());
            }
            assertThat(ScriptedShift.state(restored)).as("after %s", step.typed()).isEqualTo(ScriptedShift.state(replayed));
            assertThat(restored.logs().events()).as("after %s", step.typed()).isEqualTo(replayed.logs().events());
            assertThat(ScriptedShift.state(replayed)).as("a rebuild's searches cost their time, as when answered")
                    .isEqualTo(ScriptedShift.state(answeredInFull(record, journal)));
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void aSnapshotThatDoesNotFitIsPassedOverAndTheJournalReplayed() throws Exception {
        SessionStore store = new SessionStore(TestDatabases.homeFile(home));
        Sessions playing = tutorialKeepingEverySnapshot(store);
        playing.view("A-001");
        String id = playing.currentRecord().id();
        String expected = ScriptedShift.state(playing.current());
        assertThat(restoredFrom(store)).isEqualTo(2);

        sql(store, "UPDATE shift_snapshot SET build = 'another build' WHERE session_id = ?", id);
        assertThat(restoredFrom(store)).as("another build's snapshot").isEqualTo(-1);
        assertThat(ScriptedShift.state(new Sessions(store, library).current())).isEqualTo(expected);

        playing.waitFor(java.time.Duration.ofMinutes(5)); // keeps a snapshot of this build again
        expected = ScriptedShift.state(playing.current());
        assertThat(restoredFrom(store)).isEqualTo(3);
        rewrite(store, id, 3, "[\"wait\",\"PT6M\"]");
        assertThat(restoredFrom(store)).as("a snapshot of other journal entries").isEqualTo(-1);
        rewrite(store, id, 3, "[\"wait\",\"PT5M\"]");
        assertThat(restoredFrom(store)).isEqualTo(3);

        store.withJdbc(true, jdbc -> jdbc.sql("UPDATE shift_snapshot SET state = ? WHERE session_id = ?")
                .params(new byte[] {1, 2, 3}, id).update());
        assertThat(restoredFrom(store)).as("an unreadable snapshot").isEqualTo(-1);
        assertThat(ScriptedShift.state(new Sessions(store, library).current())).isEqualTo(expected);
    }

    @Test
    void aSnapshotIsKeptOnceGoingOnFromTheLastWouldReplayMuch() throws Exception {
        SessionStore store = new SessionStore(TestDatabases.homeFile(home));
        Sessions playing = new Sessions(store, library);
        playing.start("insider-upload", Role.ANALYST, 7L);
        playing.waitFor(java.time.Duration.ofMinutes(2));
        assertThat(restoredFrom(store)).as("a cheap action: not worth a snapshot yet").isEqualTo(-1);
        playing.waitFor(java.time.Duration.ofHours(3));
        assertThat(playing.current().eventsSeen()).isGreaterThan(10_000);
        assertThat(restoredFrom(store)).isEqualTo(2);
        playing.waitFor(java.time.Duration.ofMinutes(1));
        Sessions other = new Sessions(store, library);
        String state = ScriptedShift.state(other.current());
        assertThat(other.snapshots().restoredFrom()).as("the snapshot, and the entry after it replayed").isEqualTo(2);
        assertThat(state).isEqualTo(ScriptedShift.state(playing.current()));
    }

    @Test
    void damagedLogsBesideASnapshotAreCollectedAgainFromTheJournal() throws Exception {
        SessionStore store = new SessionStore(TestDatabases.homeFile(home));
        Sessions playing = tutorialKeepingEverySnapshot(store);
        playing.waitFor(java.time.Duration.ofMinutes(30));
        String id = playing.currentRecord().id();

        sql(store, "UPDATE shift_events SET chunk = ? WHERE session_id = ? AND first_event = 0", new byte[] {9, 9}, id);
        Sessions other = new Sessions(store, library);
        Shift restored = other.current();
        assertThat(other.snapshots().restoredFrom()).isEqualTo(2);
        Shift replayed = other.snapshots().replay(other.currentRecord(), store.journal(id));
        assertThat(restored.search(EventQuery.parse("EventID=4625 | stats count by IpAddress"), 20).toString())
                .as("a search over the logs, collected again by replaying the journal")
                .isEqualTo(replayed.search(EventQuery.parse("EventID=4625 | stats count by IpAddress"), 20).toString());
        assertThat(restored.logs().events()).isEqualTo(replayed.logs().events()).isNotEmpty();
    }

    /** The journal's actions done again one by one, each answered as when it was typed. */
    private Shift answeredInFull(SessionRecord record, List<String> journal) throws Exception {
        Shift shift = Shift.open(library.load(record.scenario()), Role.ANALYST, record.seed(), Pace.parse(record.pace()));
        for (String entry : journal) {
            Action.decode(entry).applyTo(shift);
        }
        return shift;
    }

    /** The tutorial, seed 7, past its first alert, keeping a snapshot after every action. */
    private Sessions tutorialKeepingEverySnapshot(SessionStore store) throws Exception {
        Sessions playing = new Sessions(store, library);
        playing.snapshots().keepEvery(0, 0);
        playing.start("tutorial-brute-force", Role.ANALYST, 7L);
        playing.next();
        return playing;
    }

    private int restoredFrom(SessionStore store) {
        Sessions other = new Sessions(store, library);
        other.current();
        return other.snapshots().restoredFrom();
    }

    /** Rewrites a journal entry as another process that had played otherwise would have written it. */
    private static void rewrite(SessionStore store, String id, int seq, String action) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update((seq + ":" + action).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sql(store, "UPDATE journal SET action = ?, checksum = ? WHERE session_id = ? AND seq = ?", action, crc.getValue(),
                id, seq);
    }

    private static void sql(SessionStore store, String statement, Object... params) {
        store.withJdbc(true, jdbc -> jdbc.sql(statement).params(params).update());
    }
}
