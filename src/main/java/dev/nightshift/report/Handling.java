package dev.nightshift.report;

import dev.nightshift.scoring.ScoreCard;

/**
 * How one attack technique of a shift was detected and handled, from the score card's per-technique row: the classes
 * the ATT&CK matrix and the Navigator layer colour by, each with a score from 0 (worst) to 100.
 */
enum Handling {
    STOPPED("detected, called true-positive and stopped", "#1a9850", 100),
    PREVENTED("stopped before it raised an alert", "#74add1", 90),
    CALLED("detected and called true-positive, but the stage completed", "#a6d96a", 70),
    MISSED("alerted, but no alert of it was called true-positive", "#fdae61", 35),
    UNDETECTED("ran and raised no alert", "#d73027", 0),
    NOT_RUN("did not run in this shift", "#d9d9d9", -1);

    private final String meaning;
    private final String colour;
    private final int score;

    Handling(String meaning, String colour, int score) {
        this.meaning = meaning;
        this.colour = colour;
        this.score = score;
    }

    static Handling of(ScoreCard.TechniqueResult row) {
        boolean stopped = row.stageStatus().equals("STOPPED");
        if (row.alerts() == 0) {
            return stopped ? PREVENTED : row.stageStatus().equals("PENDING") ? NOT_RUN : UNDETECTED;
        }
        if (!row.calledTruePositive()) {
            return MISSED;
        }
        return stopped ? STOPPED : CALLED;
    }

    String meaning() {
        return meaning;
    }

    String colour() {
        return colour;
    }

    /** 0 to 100; negative for a technique that did not run and so is not scored. */
    int score() {
        return score;
    }

    boolean scored() {
        return score >= 0;
    }
}
