package dev.nightshift.store;

import java.util.Optional;

/**
 * Each session's latest snapshot of what its read-only commands show (schema V6), beside its journal: written in the
 * unit that journals an action, so the two commit together, and valid only for the journal length it names.
 */
public final class ViewStore {

    /** A snapshot and the number of journal entries it was taken after. */
    public record Stored(int actions, String json) {
    }

    private final SessionStore store;

    public ViewStore(SessionStore store) {
        this.store = store;
    }

    /** Keeps {@code json} as the snapshot of session {@code sessionId} after {@code actions} journal entries. */
    public void put(String sessionId, int actions, String json) {
        store.exclusively(() -> {
            int updated = store.writing().sql("UPDATE queue_view SET actions = ?, view_json = ? WHERE session_id = ?")
                    .params(actions, json, sessionId).update();
            if (updated == 0) {
                store.writing().sql("INSERT INTO queue_view (session_id, actions, view_json) VALUES (?, ?, ?)")
                        .params(sessionId, actions, json).update();
            }
            return null;
        });
    }

    /** The session's snapshot, if it has one, and whether or not the journal has grown since. */
    public Optional<Stored> get(String sessionId) {
        return store.exclusively(() -> store.reading()
                .sql("SELECT actions, view_json FROM queue_view WHERE session_id = ?").param(sessionId)
                .query((rs, row) -> new Stored(rs.getInt("actions"), rs.getString("view_json"))).optional());
    }
}
