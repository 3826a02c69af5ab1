package dev.nightshift.shell;

import java.nio.file.Path;

/** Where nightshift keeps its database and logs: {@code $NIGHTSHIFT_HOME}, by default {@code ~/.nightshift}. */
final class Home {

    private Home() {
    }

    /** What makes {@code home} unusable, or null: a file where the folder should be. A missing folder is made later. */
    static String problem(Path home) {
        if (java.nio.file.Files.exists(home) && !java.nio.file.Files.isDirectory(home)) {
            return "the nightshift home " + home + " is a file, not a folder; choose a folder for NIGHTSHIFT_HOME"
                    + " (nightshift creates it if it is missing)";
        }
        return null;
    }

    static Path resolve() {
        String configured = System.getenv("NIGHTSHIFT_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return Path.of(System.getProperty("user.home"), ".nightshift");
    }
}
