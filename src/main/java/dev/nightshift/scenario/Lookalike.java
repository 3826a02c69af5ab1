package dev.nightshift.scenario;

import java.util.List;

/** A benign activity built to trip a rule, played {@code count} times during business hours, with {@code attempts} tries each. */
public record Lookalike(String kind, int count, int attempts) {

    /** The look-alikes nightshift ships. */
    public static final List<String> KINDS = List.of("password-typos");

    public Lookalike {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown look-alike " + kind);
        }
        if (count < 0 || count > 1000) {
            throw new IllegalArgumentException("look-alike count must be between 0 and 1000, got " + count);
        }
        if (attempts < 1 || attempts > 100) {
            throw new IllegalArgumentException("look-alike attempts must be between 1 and 100, got " + attempts);
        }
    }
}
