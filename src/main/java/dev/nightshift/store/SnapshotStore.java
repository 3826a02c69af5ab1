package dev.nightshift.store;

import java.util.List;
import java.util.Optional;

/**
 * Each session's latest snapshot of its whole shift (schema V7) and the logs the shift had collected by then, kept in
 * runs of events: written in the unit that journals an action, so they commit with it. A snapshot is valid only for
 * the build and the journal entries it names; the journal stays the truth.
 */
public final class SnapshotStore {

    /** A snapshot: taken after {@code actions} journal entries whose digest is {@code journalDigest}, by {@code build}. */
    public record Stored(int actions, String build, String journalDigest, long events, byte[] state) {
    }

    /** A run of the collected logs: {@code count} events from position {@code first}. */
    public record Run(long first, int count, byte[] events) {
    }

    private final SessionStore store;

    public SnapshotStore(SessionStore store) {
        this.store = store;
    }

    /**
     * Keeps {@code state} as the session's snapshot and {@code run} (null: none) as the logs from its first position
     * on; runs from that position on that an earlier snapshot left are dropped first.
     */
    public void put(String sessionId, Stored snapshot, Run run) {
        store.exclusively(() -> {
            if (run != null) {
                store.writing().sql("DELETE FROM shift_events WHERE session_id = ? AND first_event >= ?")
                        .params(sessionId, run.first()).update();
                if (run.count() > 0) {
                    store.writing().sql("INSERT INTO shift_events (session_id, first_event, event_count, chunk)"
                            + " VALUES (?, ?, ?, ?)").params(sessionId, run.first(), run.count(), run.events()).update();
                }
            }
            int updated = store.writing().sql("UPDATE shift_snapshot SET actions = ?, build = ?, journal_digest = ?,"
                            + " events = ?, state = ? WHERE session_id = ?")
                    .params(snapshot.actions(), snapshot.build(), snapshot.journalDigest(), snapshot.events(),
                            snapshot.state(), sessionId).update();
            if (updated == 0) {
                store.writing().sql("INSERT INTO shift_snapshot (session_id, actions, build, journal_digest, events,"
                                + " state) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(sessionId, snapshot.actions(), snapshot.build(), snapshot.journalDigest(),
                                snapshot.events(), snapshot.state()).update();
            }
            return null;
        });
    }

    /** The session's snapshot, if it has one. */
    public Optional<Stored> get(String sessionId) {
        return store.exclusively(() -> store.reading()
                .sql("SELECT actions, build, journal_digest, events, state FROM shift_snapshot WHERE session_id = ?")
                .param(sessionId)
                .query((rs, row) -> new Stored(rs.getInt("actions"), rs.getString("build"),
                        rs.getString("journal_digest"), rs.getLong("events"), rs.getBytes("state")))
                .optional());
    }

    /** The runs of the session's logs that start before position {@code upTo}, in order. */
    public List<Run> runs(String sessionId, long upTo) {
        return store.exclusively(() -> store.reading()
                .sql("SELECT first_event, event_count, chunk FROM shift_events WHERE session_id = ? AND first_event < ?"
                        + " ORDER BY first_event")
                .params(sessionId, upTo)
                .query((rs, row) -> new Run(rs.getLong("first_event"), rs.getInt("event_count"), rs.getBytes("chunk")))
                .list());
    }
}
