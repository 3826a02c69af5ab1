package dev.nightshift.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks an H2 file of a home needs beyond what H2 does: H2 would take an empty file for a new database and lose
 * every session the file held, and it would silently create a fresh one where the file was deleted or moved, so the
 * first session leaves a marker beside it.
 */
final class HomeFile {

    private HomeFile() {
    }

    /**
     * The file an H2 file URL keeps its data in, or for any other database the URL without its options (a password
     * in the URL never reaches a message).
     */
    static String describe(String url) {
        String prefix = "jdbc:h2:file:";
        if (url.startsWith(prefix)) {
            int options = url.indexOf(';');
            return url.substring(prefix.length(), options < 0 ? url.length() : options) + ".mv.db";
        }
        int options = url.indexOf('?');
        return "the database " + (options < 0 ? url : url.substring(0, options));
    }

    /** Refuses an empty data file, and a missing one where the home has had sessions; null {@code data}: no file. */
    static void refuseEmptyOrMissing(Path data, String file) {
        if (data == null) {
            return;
        }
        try {
            if (Files.isRegularFile(data) && Files.size(data) == 0) {
                throw StoreException.of(StoreException.Kind.DAMAGED, null, file);
            }
            if (!Files.exists(data) && Files.exists(marker(data))) {
                throw new StoreException(StoreException.Kind.DAMAGED, "the session database " + file
                        + " is missing, though this home has had sessions", "restore it from a backup, or delete "
                        + marker(data) + " to start a fresh home", null);
            }
        } catch (IOException e) {
            throw StoreException.of(StoreException.Kind.IO, e, file);
        }
    }

    /** Leaves the marker that says this home has had sessions, once. */
    static void markSessions(Path data, String file) {
        if (data == null || Files.exists(marker(data))) {
            return;
        }
        try {
            Files.writeString(marker(data), "This nightshift home has sessions in " + data.getFileName()
                    + "; nightshift refuses to start afresh while that file is missing.\n");
        } catch (IOException e) {
            throw StoreException.of(StoreException.Kind.IO, e, file);
        }
    }

    /** The file beside the database that says this home has had sessions. */
    private static Path marker(Path data) {
        return data.resolveSibling("sessions-exist");
    }
}
