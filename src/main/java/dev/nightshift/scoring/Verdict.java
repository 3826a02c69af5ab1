package dev.nightshift.scoring;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An analyst's verdict on an alert. A false positive and a benign true positive both close a non-attack alert. */
public enum Verdict {
    TRUE_POSITIVE("true-positive"), FALSE_POSITIVE("false-positive"), BENIGN("benign");

    private final String word;

    Verdict(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Whether this verdict is right for an alert whose truth is {@code attack}. */
    public boolean isRightFor(boolean attack) {
        return attack == (this == TRUE_POSITIVE);
    }

    public static Optional<Verdict> parse(String word) {
        return Arrays.stream(values()).filter(v -> v.word.equalsIgnoreCase(word.trim())).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(Verdict::word).collect(Collectors.joining("|"));
    }
}
