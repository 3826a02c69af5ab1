package dev.nightshift.store;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions, their action journals and the current-session pointer, in the H2 database under
 * {@code $NIGHTSHIFT_HOME}. Every action is written before it is acknowledged, so a crash loses nothing.
 */
public final class SessionStore {

    private static final String CURRENT = "current_session";
    private final JdbcClient jdbc;

    public SessionStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        Migrations.apply(jdbc);
    }

    /**
     * A store in a private in-memory database that lives as long as this process holds it: for the scripted players
     * of a calibration, which play real sessions and keep nothing.
     */
    public static SessionStore inMemory() {
        String name = "nightshift-memory-" + MEMORY.incrementAndGet();
        return new SessionStore(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                "jdbc:h2:mem:" + name, "sa", "", true));
    }

    private static final java.util.concurrent.atomic.AtomicLong MEMORY = new java.util.concurrent.atomic.AtomicLong();

    /** Creates a session at manual pace with a fresh id ({@code S-0001}, ...) and makes it the current one. */
    public SessionRecord create(String scenario, String role, long seed, String pace, String candidate) {
        return create(scenario, role, seed, pace, candidate, null);
    }

    /** Creates a session with a fresh id; {@code wallStarted} is the wall-clock start of a real-time session. */
    public SessionRecord create(String scenario, String role, long seed, String pace, String candidate,
                                Long wallStarted) {
        long number = jdbc.sql("SELECT NEXT VALUE FOR session_number").query(Long.class).single();
        SessionRecord record = new SessionRecord(String.format("S-%04d", number), scenario, role, seed, pace,
                candidate, SessionRecord.Status.ACTIVE, wallStarted);
        jdbc.sql("INSERT INTO session (id, scenario, role, seed, pace, candidate, status, wall_started)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(record.id(), scenario, role, seed, pace, candidate, record.status().name(), wallStarted)
                .update();
        setCurrent(record.id());
        return record;
    }

    public Optional<SessionRecord> find(String id) {
        return jdbc.sql("SELECT * FROM session WHERE id = ?").param(id).query(this::map).optional();
    }

    public List<SessionRecord> all() {
        return jdbc.sql("SELECT * FROM session ORDER BY id").query(this::map).list();
    }

    public Optional<SessionRecord> current() {
        return jdbc.sql("SELECT value_text FROM setting WHERE name = ?").param(CURRENT)
                .query(String.class).optional()
                .flatMap(this::find);
    }

    public void setCurrent(String id) {
        int updated = jdbc.sql("UPDATE setting SET value_text = ? WHERE name = ?").params(id, CURRENT).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO setting (name, value_text) VALUES (?, ?)").params(CURRENT, id).update();
        }
    }

    /** Appends one action to a session's journal and returns its sequence number (from 1). */
    public int append(String sessionId, String action) {
        int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM journal WHERE session_id = ?")
                .param(sessionId).query(Integer.class).single();
        jdbc.sql("INSERT INTO journal (session_id, seq, action) VALUES (?, ?, ?)")
                .params(sessionId, seq, action).update();
        return seq;
    }

    /** The session's actions in the order they were taken. */
    public List<String> journal(String sessionId) {
        return jdbc.sql("SELECT action FROM journal WHERE session_id = ? ORDER BY seq")
                .param(sessionId).query(String.class).list();
    }

    /** Marks the session ended and keeps its score card (JSON). */
    public void end(String sessionId, String scoreJson) {
        jdbc.sql("UPDATE session SET status = ?, score_json = ? WHERE id = ?")
                .params(SessionRecord.Status.ENDED.name(), scoreJson, sessionId).update();
    }

    public Optional<String> score(String sessionId) {
        return jdbc.sql("SELECT score_json FROM session WHERE id = ?").param(sessionId)
                .query(String.class).optional();
    }

    private SessionRecord map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new SessionRecord(rs.getString("id"), rs.getString("scenario"), rs.getString("role"),
                rs.getLong("seed"), rs.getString("pace"), rs.getString("candidate"),
                SessionRecord.Status.valueOf(rs.getString("status")), (Long) rs.getObject("wall_started", Long.class));
    }
}
