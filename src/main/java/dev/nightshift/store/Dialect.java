package dev.nightshift.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What differs between the embedded H2 file and a shared PostgreSQL server, and nothing else: how a unit is made
 * exclusive and durable, the schema scripts' large-object type, the session number and the one upsert.
 *
 * <p>On H2 the first process to open the file keeps it and serves it to the others ({@code AUTO_SERVER}); units on
 * one session take turns by the session's row lock, and a commit reaches the disk only with {@code CHECKPOINT SYNC}. On PostgreSQL many processes work at once: a unit takes a transaction-scoped
 * advisory lock on each session it touches (so units on one session take turns and units on others do not wait),
 * migrations take one lock of their own, and a commit is durable when it returns ({@code synchronous_commit=on}, set
 * for every connection whatever the server's default).
 */
enum Dialect {
    H2, POSTGRESQL;

    /** The first key of every advisory lock nightshift takes ("NS"), so they never meet another application's. */
    private static final int LOCK_SPACE = 0x4e53;

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("postgres") ? POSTGRESQL : H2;
    }

    /** Readies a fresh connection for a unit: the bounded wait for a lock and, on PostgreSQL, durable commits. */
    void begin(JdbcClient jdbc) {
        if (this == H2) {
            jdbc.sql("SET LOCK_TIMEOUT " + Connections.PATIENCE_SECONDS * 1000).update();
        } else {
            jdbc.sql("SET synchronous_commit = on").update();
            jdbc.sql("SET lock_timeout = '" + Connections.PATIENCE_SECONDS + "s'").update();
        }
    }

    /** Forces what was just committed to stable storage, where a commit alone does not. */
    void sync(JdbcClient jdbc) {
        if (this == H2) {
            jdbc.sql("CHECKPOINT SYNC").update();
        }
    }

    /**
     * Makes the rest of this unit the only one acting on {@code sessionId}: on H2 the session's row lock, which holds
     * between the processes that share the file as between the stores of one process.
     */
    void lockSession(JdbcClient jdbc, String sessionId) {
        if (this == H2) {
            jdbc.sql("SELECT id FROM session WHERE id = ? FOR UPDATE").param(sessionId).query().listOfRows();
        } else {
            jdbc.sql("SELECT pg_advisory_xact_lock(?, hashtext(?))").params(LOCK_SPACE, "session:" + sessionId)
                    .query().listOfRows();
        }
    }

    /** Makes this unit the only one migrating the schema (H2 has no such lock: see {@link Migrations#apply}). */
    void lockSchema(JdbcClient jdbc) {
        if (this == POSTGRESQL) {
            jdbc.sql("SELECT pg_advisory_xact_lock(?, 0)").param(LOCK_SPACE).query().listOfRows();
        }
    }

    /**
     * A schema script's statement in this database's words: H2's large objects are PostgreSQL's {@code TEXT}, and
     * its binary ones PostgreSQL's {@code BYTEA}.
     */
    String statement(String sql) {
        if (this == H2) {
            return sql;
        }
        return sql.replace("CHARACTER LARGE OBJECT", "TEXT").replaceAll("\\bCLOB\\b", "TEXT")
                .replaceAll("\\bBLOB\\b", "BYTEA");
    }

    String nextSessionNumber() {
        return this == H2 ? "SELECT NEXT VALUE FOR session_number" : "SELECT nextval('session_number')";
    }

    /** Sets a setting whether or not it is there yet, atomically (PostgreSQL units on the setting do not take turns). */
    String upsertSetting() {
        return this == H2 ? "MERGE INTO setting (name, value_text) KEY (name) VALUES (?, ?)"
                : "INSERT INTO setting (name, value_text) VALUES (?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET value_text = EXCLUDED.value_text";
    }
}
