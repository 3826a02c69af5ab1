package dev.nightshift.shell;

import java.nio.file.Path;

/** Where nightshift keeps its database and logs: {@code $NIGHTSHIFT_HOME}, by default {@code ~/.nightshift}. */
final class Home {

    private Home() {
    }

    static Path resolve() {
        String configured = System.getenv("NIGHTSHIFT_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return Path.of(System.getProperty("user.home"), ".nightshift");
    }
}
