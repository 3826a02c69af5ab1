package dev.nightshift.game;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.store.SessionStore;
import dev.nightshift.store.TestDatabases;
import dev.nightshift.store.ViewStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot that one-shot 'alerts' and 'status' read is, after every step of the scripted shift, exactly what
 * replaying the journal gives; it is read only while it names the journal's length, and then nothing is replayed.
 */
class QueueViewTest {

    @TempDir
    Path home;

    private SessionStore store() {
        return new SessionStore(TestDatabases.homeFile(home));
    }

    @Test
    void afterEveryStepTheSnapshotIsWhatTheJournalReplaysTo() {
        SessionStore store = store();
        Sessions playing = new Sessions(store, ScenarioLibrary.bundled());
        ScriptedShift script = ScriptedShift.analyst();
        int checked = 0;
        for (ScriptedShift.Step step : script.steps()) {
            step.act().apply(playing);
            String id = playing.currentRecord().id();
            int length = store.journal(id).size();
            if (store.find(id).orElseThrow().status() != dev.nightshift.store.SessionRecord.Status.ACTIVE) {
                break;
            }
            // another process: no shift in hand, so it reads the snapshot (the one the action's unit wrote, or after
            // the start, the one its first read keeps); a third replays the journal alone
            QueueView read = new Sessions(store, ScenarioLibrary.bundled()).queueView();
            Sessions replaying = new Sessions(store, ScenarioLibrary.bundled());
            QueueView replayed = QueueView.of(length, replaying.snapshots().replay(replaying.currentRecord(), store.journal(id)));
            QueueView stored = StoredCard.read(new ViewStore(store).get(id).orElseThrow().json(), QueueView.class);
            assertThat(stored.actions()).as("after %s", step.typed()).isEqualTo(length);
            assertThat(read).as("after %s", step.typed()).isEqualTo(stored).isEqualTo(replayed);
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void aSnapshotIsReadOnlyWhileItNamesTheJournalsLength() throws Exception {
        SessionStore store = store();
        Sessions playing = new Sessions(store, ScenarioLibrary.bundled());
        playing.start("tutorial-brute-force", Role.ANALYST, 7L);
        playing.next();
        String id = playing.currentRecord().id();
        int length = store.journal(id).size();
        QueueView real = new Sessions(store, ScenarioLibrary.bundled()).queueView();
        QueueView marked = new QueueView(length, real.now(), real.end(), real.over(), "marked", real.role(),
                real.seed(), real.pace(), real.alerts(), real.contained());
        ViewStore views = new ViewStore(store);
        views.put(id, length, StoredCard.write(marked));
        assertThat(new Sessions(store, ScenarioLibrary.bundled()).queueView().title())
                .as("the snapshot is what a process without the shift reads").isEqualTo("marked");
        views.put(id, length - 1, StoredCard.write(marked));
        assertThat(new Sessions(store, ScenarioLibrary.bundled()).queueView()).as("a stale one is replayed over")
                .isEqualTo(real);
        store.withJdbc(true, jdbc -> jdbc.sql("UPDATE journal SET action = ? WHERE session_id = ? AND seq = 1")
                .params("[\"nekt\"]", id).update());
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new Sessions(store, ScenarioLibrary.bundled())
                .queueView())).as("a damaged journal entry is told, whatever the snapshot says")
                .isInstanceOf(dev.nightshift.store.StoreException.class).hasMessageContaining("entry 1");
        store.withJdbc(true, jdbc -> jdbc.sql("UPDATE journal SET action = ? WHERE session_id = ? AND seq = 1")
                .params("[\"next\"]", id).update());
        views.put(id, length, "{not json");
        assertThat(new Sessions(store, ScenarioLibrary.bundled()).queueView()).as("an unreadable one too")
                .isEqualTo(real);
    }
}
