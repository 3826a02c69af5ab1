package dev.nightshift.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Sessions, their action journals and the current-session pointer, in the H2 database under
 * {@code $NIGHTSHIFT_HOME} or on a shared PostgreSQL server. Work happens in units ({@link #exclusively}): one
 * connection, one transaction, committed and forced to disk before it returns, so what a caller acknowledges
 * afterwards survives a crash, and units on one session take turns (the session's lock, see {@link Dialect}); an H2
 * file is kept open by the first process that opens it and served to the others ({@link #keepOpen}). Every failure is
 * a {@link StoreException} that says
 * what went wrong with which file.
 */
public final class SessionStore {

    private static final String CURRENT = "current_session";
    private static final AtomicLong MEMORY = new AtomicLong();
    /** The seat of the thread's candidate, when a server binds one: its current session instead of the home's. */
    private static final ThreadLocal<Seat> SEAT = new ThreadLocal<>();
    private final DataSource dataSource;
    private final String file;
    private java.nio.file.Path dataFile;
    private boolean migrated;
    private Dialect dialect;
    private JdbcClient jdbc;
    private boolean wrote;
    private final java.util.Set<String> locked = new java.util.HashSet<>();
    /** How many times a unit is tried when the process serving the file goes away before it commits. */
    private static final int RETRIES = 3;
    /** Holds the H2 file open between units when {@link #keepOpen} asked for it; null otherwise. */
    private Connections.Keeper keeper;
    /** Whether the running unit's work has begun: a unit is tried again only before it has. */
    private boolean workStarted;

    public SessionStore(DataSource dataSource) {
        this(dataSource, "the session database");
    }

    /** A store over {@code dataSource}; {@code file} names the database in error messages. */
    public SessionStore(DataSource dataSource, String file) {
        this.dataSource = dataSource;
        this.file = file;
    }

    /**
     * A store at a JDBC URL: an H2 file (its messages name the {@code .mv.db} file) or a shared PostgreSQL server
     * ({@code jdbc:postgresql://host/db}, the user and password given here or in the URL). A blank user is H2's
     * {@code sa}, or for PostgreSQL the URL's (or the driver's default).
     */
    public static SessionStore open(String url, String user, String password) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url);
        boolean h2 = url.startsWith("jdbc:h2:");
        if (h2 || (user != null && !user.isBlank())) {
            dataSource.setUsername(user == null || user.isBlank() ? "sa" : user);
            dataSource.setPassword(password == null ? "" : password);
        }
        SessionStore store = new SessionStore(dataSource, HomeFile.describe(url));
        if (url.contains(";AUTO_SERVER=TRUE") && System.getProperty("h2.bindAddress") == null) {
            // the process that has the file open serves it to the others on this machine only
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        if (url.startsWith("jdbc:h2:file:")) {
            store.dataFile = java.nio.file.Path.of(store.file);
        }
        return store;
    }

    /** The H2 file of this store, or null for any other database. */
    java.nio.file.Path dataFile() {
        return dataFile;
    }

    /** The database file (or URL) this store writes to, as its messages name it. */
    public String file() {
        return file;
    }

    /**
     * A store in a private in-memory database that lives as long as this process holds it: for the scripted players
     * of a calibration, which play real sessions and keep nothing.
     */
    public static SessionStore inMemory() {
        String name = "nightshift-memory-" + MEMORY.incrementAndGet();
        return new SessionStore(new SingleConnectionDataSource("jdbc:h2:mem:" + name, "sa", "", true),
                "the in-memory database " + name);
    }

    /**
     * Runs {@code work} as one unit: on one connection held by this process alone, in one transaction that is
     * committed and, when it wrote anything, forced to stable storage before this returns. When {@code work} throws,
     * nothing it wrote is kept. A unit started inside another is part of it.
     *
     * @throws StoreException when the database cannot be opened, read or written; nothing of the unit is kept unless
     *     {@link StoreException#mayBeRecorded()} says the commit went through and only the sync failed
     */
    public synchronized <T> T exclusively(Supplier<T> work) {
        if (jdbc != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return unit(work);
            } catch (StoreException e) {
                if (e.kind() != StoreException.Kind.CLOSED || e.mayBeRecorded() || dataFile == null
                        || workStarted || attempt == RETRIES) {
                    throw e;
                }
                // The process that had the file open, and served it to this one, went away before the unit's work
                // began: nothing of it ran, and the next connection opens the file here or through the process that
                // holds it now. Once the work has begun it is not run again (it may have changed what its caller
                // holds); the caller hears that nothing was recorded.
                release();
            }
        }
    }

    private <T> T unit(Supplier<T> work) {
        workStarted = false;
        HomeFile.refuseEmptyOrMissing(dataFile, file);
        if (keeper != null) {
            keeper.hold(dataSource, file);
        }
        Connection connection = Connections.open(dataSource, file, !StoreException.isServer(file));
        boolean committing = false;
        boolean committed = false;
        try {
            connection.setAutoCommit(false);
            if (dialect == null) {
                dialect = Dialect.of(connection);
            }
            jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            dialect.begin(jdbc);
            wrote = false;
            locked.clear();
            if (!migrated) {
                wrote = Migrations.apply(jdbc, dialect);
                migrated = true;
            }
            workStarted = true;
            T result = work.get();
            if (!wrote) {
                connection.rollback(); // nothing to keep: a unit that only read ends without a commit
                return result;
            }
            committing = true; // from here a lost connection leaves it unknown whether the commit arrived
            connection.commit();
            committed = true;
            dialect.sync(jdbc);
            return result;
        } catch (SQLException | DataAccessException e) {
            Connections.rollback(connection, committed);
            throw committing ? StoreException.unsynced(e, file) : StoreException.of(e, file);
        } catch (RuntimeException | Error e) {
            Connections.rollback(connection, committed);
            throw e;
        } finally {
            jdbc = null;
            Connections.close(connection);
        }
    }

    /**
     * Keeps an H2 file open from this store's first unit to the end of the process, rather than opening it for each
     * unit and closing it after: the file is opened once (a shell's prompt and commands no longer pay for it), and
     * other nightshift processes on the home reach it through this one ({@code AUTO_SERVER}). Other databases are
     * unchanged.
     */
    public SessionStore keepOpen() {
        keeper = dataFile != null ? new Connections.Keeper() : null;
        return this;
    }

    /** Lets go of the file this store kept open ({@link #keepOpen}); the next unit opens it again. */
    public synchronized void release() {
        if (keeper != null) {
            keeper.release();
        }
    }

    /** From here to the end of the unit no other unit acts on the session (a unit holds its sessions till it ends). */
    private void lock(String sessionId) {
        if (locked.add(sessionId)) {
            dialect.lockSession(jdbc, sessionId);
        }
    }

    /**
     * Runs {@code work} as one unit with the unit's connection: for the tables beside the sessions (a cohort's
     * results), which live and migrate with them. A unit that {@code writes} is committed and forced to disk.
     */
    public <T> T withJdbc(boolean writes, java.util.function.Function<JdbcClient, T> work) {
        return exclusively(() -> work.apply(writes ? write() : jdbc));
    }

    /** The connection of the unit running now, for the other tables of this package. */
    JdbcClient reading() {
        if (jdbc == null) {
            throw new IllegalStateException("the store is read only inside a unit (exclusively)");
        }
        return jdbc;
    }

    /** As {@link #reading}, for a statement that writes: the unit then commits and syncs. */
    JdbcClient writing() {
        reading();
        return write();
    }

    private JdbcClient write() {
        wrote = true;
        return jdbc;
    }

    /** Creates a session at manual pace with a fresh id ({@code S-0001}, ...) and makes it the current one. */
    public SessionRecord create(String scenario, String role, long seed, String pace, String candidate) {
        return create(scenario, role, seed, pace, candidate, null);
    }

    /** Creates a session with a fresh id; {@code wallStarted} is the wall-clock start of a real-time session. */
    public SessionRecord create(String scenario, String role, long seed, String pace, String candidate,
                                Long wallStarted) {
        return create(scenario, role, seed, pace, candidate, wallStarted, true);
    }

    /** Creates a session with a fresh id; {@code hints} false keeps the scenario's hints from the trainee (an assessment). */
    public SessionRecord create(String scenario, String role, long seed, String pace, String candidate,
                                Long wallStarted, boolean hints) {
        return exclusively(() -> {
            long number = jdbc.sql(dialect.nextSessionNumber()).query(Long.class).single();
            SessionRecord record = new SessionRecord(String.format("S-%04d", number), scenario, role, seed, pace,
                    candidate, SessionRecord.Status.ACTIVE, wallStarted, hints);
            write().sql("INSERT INTO session (id, scenario, role, seed, pace, candidate, status, wall_started, hints)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(record.id(), scenario, role, seed, pace, candidate, record.status().name(), wallStarted,
                            hints)
                    .update();
            setCurrent(record.id());
            HomeFile.markSessions(dataFile, file);
            return record;
        });
    }

    public Optional<SessionRecord> find(String id) {
        return exclusively(() -> {
            lock(id);
            return jdbc.sql("SELECT * FROM session WHERE id = ?").param(id).query(this::map).optional();
        });
    }

    public List<SessionRecord> all() {
        return exclusively(() -> jdbc.sql("SELECT * FROM session ORDER BY id").query(this::map).list());
    }

    /**
     * Runs {@code work} with {@code seat} as this thread's current-session pointer: {@link #current} and
     * {@link #setCurrent} read and move the seat, not the pointer of the home, so candidates playing at once in one
     * server never see or move each other's session.
     */
    public static <T> T seated(Seat seat, Supplier<T> work) {
        Seat before = SEAT.get();
        SEAT.set(java.util.Objects.requireNonNull(seat, "seat"));
        try {
            return work.get();
        } finally {
            SEAT.set(before);
        }
    }

    public Optional<SessionRecord> current() {
        Seat seat = SEAT.get();
        if (seat != null) {
            return seat.sessionId() == null ? Optional.empty() : find(seat.sessionId());
        }
        return exclusively(() -> jdbc.sql("SELECT value_text FROM setting WHERE name = ?").param(CURRENT)
                .query(String.class).optional()
                .flatMap(this::find));
    }

    public void setCurrent(String id) {
        Seat seat = SEAT.get();
        if (seat != null) {
            seat.sit(id);
            return;
        }
        exclusively(() -> write().sql(dialect.upsertSetting()).params(CURRENT, id).update());
    }

    /**
     * Appends one action to a session's journal and returns its sequence number (from 1): durable when this returns
     * (or when the unit it is part of has returned), and atomic, however many processes append at once.
     */
    public int append(String sessionId, String action) {
        return exclusively(() -> {
            lock(sessionId);
            int seq = nextSeq(sessionId);
            insert(sessionId, seq, action, dev.nightshift.sim.WallTime.epochMillis());
            return seq;
        });
    }

    /**
     * Appends {@code action} as entry {@code seq} of the journal, if the journal holds exactly {@code seq - 1}
     * entries: false, and nothing written, when another writer got there first, so an action decided on what the
     * journal held is never recorded after something else.
     */
    public boolean appendAt(String sessionId, int seq, String action) {
        return appendAt(sessionId, seq, action, dev.nightshift.sim.WallTime.epochMillis());
    }

    /** {@link #appendAt(String, int, String)}, recording {@code wallMillis} (epoch milliseconds) as its wall time. */
    public boolean appendAt(String sessionId, int seq, String action, long wallMillis) {
        return exclusively(() -> {
            lock(sessionId);
            if (nextSeq(sessionId) != seq) {
                return false;
            }
            try {
                insert(sessionId, seq, action, wallMillis);
                return true;
            } catch (DuplicateKeyException raced) {
                return false;
            }
        });
    }

    private int nextSeq(String sessionId) {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM journal WHERE session_id = ?")
                .param(sessionId).query(Integer.class).single();
    }

    private void insert(String sessionId, int seq, String action, long wallMillis) {
        write().sql("INSERT INTO journal (session_id, seq, action, checksum, wall_at) VALUES (?, ?, ?, ?, ?)")
                .params(sessionId, seq, action, JournalEntry.checksum(seq, action), wallMillis).update();
    }

    /** The session's actions in the order they were taken; an entry that fails its checksum is reported damaged. */
    public List<String> journal(String sessionId) {
        return entries(sessionId).stream().map(JournalEntry::action).toList();
    }

    /** The session's journal entries with their wall times, in order; a damaged entry is reported as such. */
    public List<JournalEntry> entries(String sessionId) {
        return exclusively(() -> {
            lock(sessionId);
            return jdbc.sql("SELECT seq, action, checksum, wall_at FROM journal WHERE session_id = ? ORDER BY seq")
                .param(sessionId)
                .query((rs, row) -> JournalEntry.read(rs, file, sessionId))
                .list();
        });
    }

    /** Marks the session ended and keeps its score card (JSON). */
    public void end(String sessionId, String scoreJson) {
        exclusively(() -> {
            lock(sessionId);
            return write().sql("UPDATE session SET status = ?, score_json = ? WHERE id = ?")
                    .params(SessionRecord.Status.ENDED.name(), scoreJson, sessionId).update();
        });
    }

    public Optional<String> score(String sessionId) {
        return exclusively(() -> jdbc.sql("SELECT score_json FROM session WHERE id = ?").param(sessionId)
                .query(String.class).optional());
    }

    /** A session's status as stored; a value that is none of them is damage, told as such. */
    private SessionRecord.Status status(String sessionId, String stored) {
        for (SessionRecord.Status status : SessionRecord.Status.values()) {
            if (status.name().equals(stored)) {
                return status;
            }
        }
        throw new StoreException(StoreException.Kind.DAMAGED, "session " + sessionId + "'s record in " + file
                + " is damaged", StoreException.recover(file), null);
    }

    private SessionRecord map(java.sql.ResultSet rs, int row) throws SQLException {
        return new SessionRecord(rs.getString("id"), rs.getString("scenario"), rs.getString("role"),
                rs.getLong("seed"), rs.getString("pace"), rs.getString("candidate"),
                status(rs.getString("id"), rs.getString("status")), (Long) rs.getObject("wall_started", Long.class),
                rs.getBoolean("hints"));
    }
}
