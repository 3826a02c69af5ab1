package dev.nightshift.store;

import java.sql.SQLException;
import java.util.Locale;

/**
 * A failure of the session database, told as one sentence a user can act on: what went wrong with which file, and
 * what to do. {@link #reason()} is the part that says what went wrong, for a caller that words its own sentence.
 */
public final class StoreException extends RuntimeException {

    /** What kind of failure it was. */
    public enum Kind {
        /** Another process holds the database for longer than a command waits. */
        BUSY,
        /** The file cannot be read back: truncated, overwritten or damaged. */
        DAMAGED,
        /** The disk is full. */
        FULL,
        /** The disk or the file system reported an input/output error. */
        IO,
        /** The database was closed under the command. */
        CLOSED,
        /** The database server cannot be reached, or refuses the user or the database named. */
        UNREACHABLE,
        /** Anything else the database refused. */
        OTHER
    }

    private final Kind kind;
    private final String reason;
    private final String advice;
    private final boolean mayBeRecorded;

    StoreException(Kind kind, String reason, String advice, Throwable cause) {
        this(kind, reason, advice, cause, false);
    }

    private StoreException(Kind kind, String reason, String advice, Throwable cause, boolean mayBeRecorded) {
        super(reason + "; " + advice, cause);
        this.kind = kind;
        this.reason = reason;
        this.advice = advice;
        this.mayBeRecorded = mayBeRecorded;
    }

    /** Whether the write was committed and only forcing it to disk failed: it may survive, or be lost in a crash. */
    public boolean mayBeRecorded() {
        return mayBeRecorded;
    }

    public Kind kind() {
        return kind;
    }

    /** What went wrong, naming the file: "the disk holding /home/x/db/nightshift.mv.db is full". */
    public String reason() {
        return reason;
    }

    /** What to do about it: "free some space and type the command again". */
    public String advice() {
        return advice;
    }

    /** Words a database failure for the user; {@code file} names the database in the sentence. */
    static StoreException of(Throwable failure, String file) {
        return of(classify(failure), failure, file);
    }

    static StoreException of(Kind kind, Throwable failure, String file) {
        return switch (kind) {
            case BUSY -> new StoreException(kind, "another nightshift process has held " + file + " for over "
                    + Connections.PATIENCE_SECONDS + " s", "let it finish (or close that shell) and type the command again",
                    failure);
            case DAMAGED -> new StoreException(kind, file + " is damaged and cannot be read", recover(file), failure);
            case FULL -> new StoreException(kind, "the disk holding " + file + " is full",
                    "free some space and type the command again", failure);
            case IO -> new StoreException(kind, "the disk reported an input/output error on " + file,
                    "check the disk, then type the command again ('status' shows what was kept)", failure);
            case CLOSED -> new StoreException(kind, file + " was closed while the command used it",
                    "type the command again", failure);
            case UNREACHABLE -> new StoreException(kind, file + " cannot be reached or refuses this user"
                    + refusal(failure), "check that the server runs and NIGHTSHIFT_DB_URL, NIGHTSHIFT_DB_USER and"
                    + " NIGHTSHIFT_DB_PASSWORD name it, then type the command again", failure);
            case OTHER -> new StoreException(kind, file + " could not be read or written",
                    "type the command again, and if it fails again " + recover(file), failure);
        };
    }

    /** The commit went through but forcing it to stable storage failed. */
    static StoreException unsynced(Throwable failure, String file) {
        StoreException plain = of(failure, file);
        return new StoreException(plain.kind, plain.reason + " while it was being forced to disk", plain.advice,
                failure, true);
    }

    /** A journal entry whose checksum does not match what it holds. */
    static StoreException damagedEntry(String file, String sessionId, int seq) {
        return new StoreException(Kind.DAMAGED, "entry " + seq + " of session " + sessionId + "'s journal in " + file
                + " is damaged", recover(file), null);
    }

    /** Whether {@code file} names a database server (a JDBC URL) rather than a file of this home. */
    static boolean isServer(String file) {
        return file.startsWith("the database jdbc:");
    }

    /** The server's own reason, when it gave one in SQL's words (a missing database, a failed password). */
    private static String refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("28")
                    || sql.getSQLState().equals("3D000"))) {
                String said = String.valueOf(sql.getMessage()).lines().findFirst().orElse("").strip();
                return " (the server says: " + said.replaceAll("^FATAL: ", "").replaceAll("[.;]+$", "") + ")";
            }
        }
        return "";
    }

    /** What to do about a damaged file (or a server's damaged database). */
    static String recover(String file) {
        if (isServer(file)) {
            return "restore it from a backup (the server's administrator keeps them)";
        }
        return "run 'nightshift repair' to salvage what its journals still hold, or restore it from a backup, or move it"
                + " aside (mv " + file + " " + file + ".damaged) and nightshift starts a fresh database without its"
                + " sessions";
    }

    static Kind classify(Throwable failure) {
        Kind found = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.EOFException) {
                return Kind.DAMAGED; // the file ends where its own header says there is more
            }
            String text = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (text.contains("no space left") || text.contains("disk full") || text.contains("not enough space")) {
                return Kind.FULL;
            }
            Kind here = t instanceof SQLException sql ? byCode(sql.getErrorCode()) : null;
            if (here == null && t instanceof SQLException sql && sql.getSQLState() != null) {
                here = byState(sql.getSQLState());
            }
            if (here == null && (text.contains("corrupt") || text.contains("damaged"))) {
                here = Kind.DAMAGED;
            }
            if (here == null && text.contains("input/output error")) {
                here = Kind.IO;
            }
            if (found == null || found == Kind.OTHER) {
                found = here;
            }
        }
        return found == null ? Kind.OTHER : found;
    }

    /** PostgreSQL tells its failures by SQL state; H2's codes are {@link #byCode}. */
    private static Kind byState(String state) {
        return switch (state) {
            case "55P03", "40P01" -> Kind.BUSY; // lock_not_available (lock_timeout), deadlock_detected
            case "53100" -> Kind.FULL; // disk_full
            case "58030" -> Kind.IO; // io_error
            case "XX001", "XX002" -> Kind.DAMAGED; // data_corrupted, index_corrupted
            case "57P01", "57P02", "57P03" -> Kind.CLOSED; // admin_shutdown, crash_shutdown, cannot_connect_now
            case "3D000" -> Kind.UNREACHABLE; // invalid_catalog_name: the database does not exist
            default -> state.startsWith("08") ? Kind.CLOSED // connection_exception
                    : state.startsWith("28") ? Kind.UNREACHABLE : null; // invalid_authorization_specification
        };
    }

    private static Kind byCode(int code) {
        return switch (code) {
            case 90020 -> Kind.BUSY; // DATABASE_ALREADY_OPEN_1: the file is locked by another process
            case 50200 -> Kind.BUSY; // LOCK_TIMEOUT_1: another store of this process holds the session
            case 90030, 90048 -> Kind.DAMAGED; // FILE_CORRUPTED_1, FILE_VERSION_ERROR_1
            case 50000 -> Kind.DAMAGED; // GENERAL_ERROR_1: what H2 says when a page it reads makes no sense
            case 90028, 90031 -> Kind.IO; // IO_EXCEPTION_1, IO_EXCEPTION_2 (disk full is told by its cause)
            case 90098, 90121, 90007, 90067 -> Kind.CLOSED; // DATABASE_IS_CLOSED, CALLED_AT_SHUTDOWN, OBJECT_CLOSED, CONNECTION_BROKEN
            default -> null;
        };
    }
}
