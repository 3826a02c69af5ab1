package dev.nightshift.game;

import dev.nightshift.store.SessionRecord;
import dev.nightshift.store.SessionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Watches the current session at real-time pace for the alerts its clock brings, so that the open shell can show
 * them at the prompt as they arrive. It keeps a shift of its own, rebuilt from the journal whenever the journal
 * grows, and moves it on to the wall clock's time without journaling anything: the shift of record catches up
 * when the trainee next acts, and, the telemetry being the same whatever steps time takes, raises the same alerts.
 * One watcher serves one thread.
 */
public final class RealtimeWatch {

    private final Sessions sessions;
    private final SessionStore store;
    private String sessionId;
    private int actions = -1;
    private Shift shift;
    private final Set<String> reported = new HashSet<>();

    public RealtimeWatch(Sessions sessions, SessionStore store) {
        this.sessions = sessions;
        this.store = store;
    }

    /** The watched session's id, or null before the first look at one. */
    public String sessionId() {
        return sessionId;
    }

    /** Where the watched session's clock stood at the last look. */
    public Instant now() {
        return shift == null ? null : shift.now();
    }

    private record Look(SessionRecord record, List<String> journal) {
    }

    /**
     * The alerts raised since the last look that the trainee has not been shown: empty when the current session is
     * not an active one at real-time pace, and on the first look at a session (what it already holds was shown by
     * the commands that raised it).
     */
    public List<CaseAlert> look() {
        Look look = store.exclusively(() -> store.current()
                .filter(r -> r.status() == SessionRecord.Status.ACTIVE && r.wallStarted() != null
                        && r.role().equals(Role.ANALYST.word()) && !Pace.parse(r.pace()).isManual())
                .map(r -> new Look(r, store.journal(r.id())))
                .orElse(null));
        if (look == null) {
            return List.of();
        }
        SessionRecord record = look.record();
        boolean first = !record.id().equals(sessionId);
        if (first || look.journal().size() != actions) {
            shift = sessions.rebuild(record, look.journal());
            if (first) {
                reported.clear();
                sessionId = record.id();
            }
            actions = look.journal().size();
            shift.alerts().forEach(alert -> reported.add(alert.id())); // what the trainee's own commands showed
        }
        Instant now = shift.pace().simulated(shift.start(), sessions.wallMillis() - record.wallStarted());
        List<CaseAlert> arrived = new ArrayList<>();
        for (CaseAlert alert : shift.catchUpTo(now)) {
            if (reported.add(alert.id())) {
                arrived.add(alert);
            }
        }
        return arrived;
    }
}
