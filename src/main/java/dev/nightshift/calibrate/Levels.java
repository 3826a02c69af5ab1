package dev.nightshift.calibrate;

import java.util.List;

/** Sigma rule levels in rising order, for working the most severe alerts first. */
final class Levels {

    private static final List<String> ORDER = List.of("informational", "low", "medium", "high", "critical");

    private Levels() {
    }

    static int rank(String level) {
        return ORDER.indexOf(level);
    }
}
