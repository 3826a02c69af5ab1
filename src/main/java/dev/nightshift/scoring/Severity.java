package dev.nightshift.scoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How severe an escalation is, in rising order. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String word) {
        return Arrays.stream(values()).filter(s -> s.word().equalsIgnoreCase(word.trim())).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(Severity::word).collect(Collectors.joining("|"));
    }
}
