package dev.nightshift.game;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.store.SessionRecord;
import dev.nightshift.store.SessionStore;
import dev.nightshift.store.SnapshotStore;
import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.EventCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The sessions' shift snapshots: one is kept after an action once going on from the last would replay much (see
 * {@link #keep}), with the logs collected since the last one, and a command that finds no shift in hand goes on from
 * the latest instead of replaying the whole journal; it replays only the entries after it. A snapshot is used only when the build that wrote it and the journal entries it was taken
 * after are the ones at hand; otherwise, or when it cannot be read, the journal is replayed as before. A restored
 * shift reads its earlier logs only when a command looks at them, and should they be damaged it replays the journal
 * up to the snapshot to get them.
 */
final class Snapshots {

    private final SessionStore store;
    private final SnapshotStore snapshots;
    /** A session's scenario, which must still load for its shift to be rebuilt. */
    private final Function<SessionRecord, Scenario> scenarios;
    /** How many events, or journal entries, a restored shift may have to replay before a new snapshot is kept. */
    private int eventsBetween = 10_000;
    private int actionsBetween = 40;
    /** After how many journal entries the snapshot the last restore used was taken (-1: it used none), for tests. */
    private int restoredFrom = -1;

    Snapshots(SessionStore store, Function<SessionRecord, Scenario> scenarios) {
        this.store = store;
        this.snapshots = new SnapshotStore(store);
        this.scenarios = scenarios;
    }

    /** The session's shift after every entry of {@code journal}: from its snapshot when one fits, else replayed. */
    Shift shiftAfter(SessionRecord record, List<String> journal) {
        Scenario scenario = scenarios.apply(record);
        return restore(record, journal, scenario).orElseGet(() -> replay(record, journal, scenario));
    }

    /** The session's shift after the entries of {@code journal}, replayed from the start: the journal alone. */
    Shift replay(SessionRecord record, List<String> journal) {
        return replay(record, journal, scenarios.apply(record));
    }

    private static Shift replay(SessionRecord record, List<String> journal, Scenario scenario) {
        Shift shift = Shift.open(scenario, Role.parse(record.role()).orElseThrow(), record.seed(),
                Pace.parse(record.pace()));
        if (!record.hints()) {
            shift.disableHints();
        }
        for (String entry : journal) {
            Action.decode(entry).replayOn(shift);
        }
        return shift;
    }

    /** The session's shift after every entry of {@code journal}, from its snapshot; empty when there is none to use. */
    private Optional<Shift> restore(SessionRecord record, List<String> journal, Scenario scenario) {
        restoredFrom = -1;
        Optional<SnapshotStore.Stored> found = snapshots.get(record.id())
                .filter(s -> s.build().equals(ShiftSnapshot.currentBuild()) && s.actions() <= journal.size()
                        && s.journalDigest().equals(ShiftSnapshot.digest(journal, s.actions())));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SnapshotStore.Stored stored = found.get();
        Optional<ShiftSnapshot.State> state = ShiftSnapshot.read(stored.state()).filter(s -> s.events() == stored.events());
        if (state.isEmpty()) {
            return Optional.empty();
        }
        List<String> before = List.copyOf(journal.subList(0, stored.actions()));
        try {
            Shift shift = new Shift(scenario, Role.parse(record.role()).orElseThrow(), record.seed(),
                    Pace.parse(record.pace()), state.get(),
                    new CollectedLogs(stored.events(), stored.actions(), () -> earlierLogs(record, before, stored.events()),
                            state.get().attackHosts()));
            for (String entry : journal.subList(stored.actions(), journal.size())) {
                Action.decode(entry).replayOn(shift);
            }
            restoredFrom = stored.actions();
            return Optional.of(shift);
        } catch (dev.nightshift.store.StoreException failed) {
            throw failed;
        } catch (RuntimeException unusable) {
            return Optional.empty(); // a snapshot that does not play on is no snapshot: the journal is replayed
        }
    }

    /**
     * Keeps the snapshot of {@code shift} after the journal's first {@code actions} entries, with the logs it
     * collected since its last one, once going on from the last one would replay more than {@link #eventsBetween}
     * events or {@link #actionsBetween} entries: writing a long shift's snapshot costs about what replaying ten
     * thousand events does (measured on the long session in the README). A shift that cannot be written as a
     * snapshot is simply not kept: the next command replays the journal after the last one that was.
     */
    void keep(SessionRecord record, Shift shift, int actions) {
        CollectedLogs logs = shift.logs();
        if (logs.size() - logs.kept() < eventsBetween && actions - logs.keptAfter() < actionsBetween) {
            return;
        }
        byte[] state;
        SnapshotStore.Run run;
        try {
            state = ShiftSnapshot.write(shift.state());
            List<Event> unkept = logs.unkept();
            run = new SnapshotStore.Run(logs.kept(), unkept.size(), EventCodec.encode(unkept));
        } catch (RuntimeException notKept) {
            return;
        }
        String digest = ShiftSnapshot.digest(store.journal(record.id()), actions);
        snapshots.put(record.id(), new SnapshotStore.Stored(actions, ShiftSnapshot.currentBuild(), digest, logs.size(),
                state), run);
        logs.allKept(actions);
    }

    /** Keeps a snapshot once {@code events} events or {@code actions} journal entries came after the last one. */
    void keepEvery(int events, int actions) {
        this.eventsBetween = events;
        this.actionsBetween = actions;
    }

    int restoredFrom() {
        return restoredFrom;
    }

    /** The first {@code count} events the session's logs held at its snapshot, read from the kept runs. */
    private List<Event> earlierLogs(SessionRecord record, List<String> before, long count) {
        try {
            List<Event> events = new ArrayList<>((int) count);
            for (SnapshotStore.Run run : snapshots.runs(record.id(), count)) {
                List<Event> decoded = EventCodec.decode(run.events());
                if (run.first() != events.size() || decoded.size() != run.count()) {
                    throw new IllegalArgumentException("the kept runs of events do not follow one another");
                }
                events.addAll(decoded);
            }
            if (events.size() != count) {
                throw new IllegalArgumentException("the kept runs hold " + events.size() + " of " + count + " events");
            }
            return events;
        } catch (RuntimeException damaged) {
            // the journal is the truth: replayed up to the snapshot, it collects the same logs
            return replay(record, before).logs().events();
        }
    }
}
