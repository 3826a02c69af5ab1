package dev.nightshift.store;

/**
 * One player's current-session pointer, held in memory by a server that plays several candidates at once (see
 * {@link SessionStore#seated}); the command line keeps its pointer in the database instead.
 */
public final class Seat {

    private volatile String sessionId;

    public Seat(String sessionId) {
        this.sessionId = sessionId;
    }

    /** The session this seat plays, or null before its first. */
    public String sessionId() {
        return sessionId;
    }

    void sit(String id) {
        sessionId = id;
    }
}
