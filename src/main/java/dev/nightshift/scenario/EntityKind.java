package dev.nightshift.scenario;

import java.util.Locale;
import java.util.Optional;

/** The kinds of entity a trainee can contain: a host (isolated), a user (disabled) or an IP (blocked). */
public enum EntityKind {
    HOST, USER, IP;

    /** The lower-case word used in commands and scenario files: {@code host}, {@code user}, {@code ip}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code host}, {@code user} or {@code ip}, any case. */
    public static Optional<EntityKind> parse(String word) {
        for (EntityKind kind : values()) {
            if (kind.word().equalsIgnoreCase(word)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
