package dev.nightshift.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Salvages a damaged H2 session database: H2's own recovery tool reads every page it still can into a script, the
 * script is played into a fresh database beside the damaged one, and each session keeps the journal entries that
 * pass their checksums, up to the first that does not (a journal is replayed in order, so what follows a lost entry
 * cannot be trusted). The repaired file then takes the damaged one's place, which is kept beside it, renamed.
 * Nothing is changed when nothing can be read.
 */
public final class Repair {

    /** What a repair kept: the sessions, and per session how many entries it kept and how many it dropped. */
    public record Outcome(Path damaged, Path keptAs, Map<String, int[]> journals) {

        public int sessions() {
            return journals.size();
        }

        public int entriesKept() {
            return journals.values().stream().mapToInt(counts -> counts[0]).sum();
        }

        public int entriesDropped() {
            return journals.values().stream().mapToInt(counts -> counts[1]).sum();
        }
    }

    private Repair() {
    }

    /**
     * Repairs {@code store}'s database when it cannot be read, and returns what was kept; returns null, changing
     * nothing, when it opens and every journal entry passes its checksum. The caller has made sure that no other
     * process uses the home (a damaged file cannot be open in one).
     *
     * @throws StoreException when there is no such file, or nothing in it can be read (it is then left as it was)
     */
    public static Outcome ifDamaged(SessionStore store, String stamp) {
        Path file = store.dataFile();
        if (file == null) {
            throw new StoreException(StoreException.Kind.OTHER, "repair works on the H2 file of a home, and "
                    + store.file() + " is not one", "ask the server's administrator to restore it from a backup", null);
        }
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Kind.OTHER, "there is no session database at " + file,
                    "check $NIGHTSHIFT_HOME (nightshift keeps its database under db/ there)", null);
        }
        Path work = file.resolveSibling("repair-" + stamp);
        try {
            // the bytes as found: opening the file to check it may already rewrite its header
            Files.createDirectories(work);
            Files.copy(file, work.resolve("damaged.mv.db"), StandardCopyOption.REPLACE_EXISTING);
            try {
                store.exclusively(() -> {
                    store.all().forEach(session -> store.entries(session.id()));
                    return null;
                });
                return null;
            } catch (StoreException e) {
                if (e.kind() != StoreException.Kind.DAMAGED) {
                    throw e;
                }
            }
            store.release();
            try {
                return repair(file, work, stamp);
            } catch (IOException | SQLException | RuntimeException e) {
                // H2 may have rewritten the header while it tried the file: it goes back to the bytes as found
                Path asFound = work.resolve("damaged.mv.db");
                if (Files.isRegularFile(asFound)) {
                    Files.copy(asFound, file, StandardCopyOption.REPLACE_EXISTING);
                }
                throw e;
            }
        } catch (IOException | SQLException | RuntimeException e) {
            if (e instanceof StoreException known) {
                throw known;
            }
            throw nothingReadable(file, e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** Plays what H2's recovery reads from {@code work/damaged.mv.db} into a fresh file that replaces {@code file}. */
    private static Outcome repair(Path file, Path work, String stamp) throws IOException, SQLException {
        java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        org.h2.tools.Recover recover = new org.h2.tools.Recover();
        recover.setOut(quiet);
        try {
            recover.runTool("-dir", work.toString(), "-db", "damaged");
        } catch (RuntimeException | AssertionError unreadablePart) {
            // the tool stops at a page it cannot read; what it wrote before that is still worth playing
        }
        Path script = work.resolve("damaged.h2.sql");
        if (!Files.isRegularFile(script)) {
            throw nothingReadable(file, null);
        }
        String url = "jdbc:h2:file:" + work.resolve("repaired") + ";FILE_LOCK=FS";
        org.h2.tools.RunScript run = new org.h2.tools.RunScript();
        run.setOut(quiet);
        run.runTool("-url", url, "-user", "sa", "-password", "", "-script", script.toString(), "-continueOnError");
        Map<String, int[]> journals;
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            journals = keepVerifiedEntries(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            }
        }
        if (journals.isEmpty()) {
            throw nothingReadable(file, null);
        }
        Path keptAs = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
        Files.move(work.resolve("damaged.mv.db"), keptAs);
        Files.move(work.resolve("repaired.mv.db"), file, StandardCopyOption.REPLACE_EXISTING);
        return new Outcome(file, keptAs, journals);
    }

    private static StoreException nothingReadable(Path file, Throwable cause) {
        return new StoreException(StoreException.Kind.DAMAGED, "no session could be read back from " + file
                + " (it is left as it was)", "restore it from a backup, or move it aside (mv " + file + " " + file
                + ".damaged) and nightshift starts a fresh database without its sessions", cause);
    }

    /** Per session, the entries kept and dropped; entries from the first that fails its checksum on are deleted. */
    private static Map<String, int[]> keepVerifiedEntries(Connection connection) throws SQLException {
        Map<String, int[]> journals = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet sessions = statement.executeQuery("SELECT id FROM session ORDER BY id")) {
            while (sessions.next()) {
                ids.add(sessions.getString(1));
            }
        } catch (SQLException noSessionTable) {
            return journals; // the schema itself was lost: nothing to salvage
        }
        for (String id : ids) {
            int kept = 0;
            int firstBad = -1;
            int expected = 1;
            try (var query = connection.prepareStatement(
                    "SELECT seq, action, checksum FROM journal WHERE session_id = ? ORDER BY seq")) {
                query.setString(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        int seq = rows.getInt(1);
                        String action = rows.getString(2);
                        long checksum = rows.getLong(3);
                        boolean sound = seq == expected && action != null
                                && (rows.wasNull() || checksum == JournalEntry.checksum(seq, action));
                        if (!sound) {
                            firstBad = expected;
                            break;
                        }
                        kept++;
                        expected++;
                    }
                }
            }
            int dropped = 0;
            if (firstBad > 0) {
                try (var delete = connection.prepareStatement("DELETE FROM journal WHERE session_id = ? AND seq >= ?")) {
                    delete.setString(1, id);
                    delete.setInt(2, firstBad);
                    dropped = delete.executeUpdate();
                }
            }
            if (dropped > 0) {
                // what the journal no longer holds cannot have ended the session: it is rebuilt from what is kept
                try (var reopen = connection.prepareStatement(
                        "UPDATE session SET status = 'ACTIVE', score_json = NULL WHERE id = ?")) {
                    reopen.setString(1, id);
                    reopen.executeUpdate();
                }
            }
            journals.put(id, new int[] {kept, dropped});
        }
        return journals;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a leftover working folder is harmless; the repair's outcome is already decided
        }
    }
}
