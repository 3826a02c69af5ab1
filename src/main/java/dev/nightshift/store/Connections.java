package dev.nightshift.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Opens connections to the session database, waiting (a bounded number of short pauses) while another nightshift
 * process holds the file: processes on one home take turns, one unit of work at a time.
 */
final class Connections {

    static final int PATIENCE_SECONDS = 15;
    private static final int PAUSE_MILLIS = 25;

    private Connections() {
    }

    /**
     * A connection, after waiting out another process's hold; a database that cannot be opened is damaged when it is
     * a file of ours ({@code local}) and unreachable when it is a server.
     */
    static Connection open(DataSource dataSource, String file, boolean local) {
        int attempts = PATIENCE_SECONDS * 1000 / PAUSE_MILLIS;
        for (int attempt = 1; ; attempt++) {
            try {
                return dataSource.getConnection();
            } catch (SQLException | RuntimeException e) {
                StoreException.Kind kind = StoreException.classify(e);
                if (kind == StoreException.Kind.OTHER || !local && kind == StoreException.Kind.CLOSED) {
                    // a file that is there but cannot be opened is unreadable; a server that does not answer, unreachable
                    kind = local ? StoreException.Kind.DAMAGED : StoreException.Kind.UNREACHABLE;
                }
                // a local file whose serving process has just gone away is taken over by the next attempt
                boolean waitable = kind == StoreException.Kind.BUSY || local && kind == StoreException.Kind.CLOSED;
                if (attempt >= attempts || !waitable) {
                    throw StoreException.of(kind, e, file);
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Kind.BUSY, "the command was interrupted while it waited for the"
                    + " session database", "type the command again", e);
        }
    }

    /** Rolls back a unit that did not commit; a failure here changes nothing the caller could act on. */
    static void rollback(Connection connection, boolean committed) {
        if (committed) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException ignored) {
            // the connection is being given up anyway; the failure that brought us here is the one to report
        }
    }

    static void close(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException | RuntimeException ignored) {
            // a broken connection cannot be reset; closing it below is all that is left to do
        }
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // the unit's outcome is already decided; a failing close changes nothing the caller can act on
        }
    }

    /**
     * A connection held open from a store's first unit to the end of the process, so that an H2 file is opened once
     * and served ({@code AUTO_SERVER}) to the other nightshift processes on the home; opened again when the process
     * that served it has gone.
     */
    static final class Keeper {

        private Connection held;

        void hold(DataSource dataSource, String file) {
            try {
                if (held != null && held.isValid(1)) {
                    return;
                }
            } catch (SQLException | RuntimeException broken) {
                // the process that served the file is gone: open it again below
            }
            release();
            held = open(dataSource, file, true);
        }

        void release() {
            if (held != null) {
                close(held);
                held = null;
            }
        }
    }
}
