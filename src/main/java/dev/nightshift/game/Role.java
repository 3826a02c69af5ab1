package dev.nightshift.game;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who the trainee plays: a SOC analyst (triage, contain, escalate) or a security engineer (tune rules). */
public enum Role {
    ANALYST, ENGINEER;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String word) {
        return Arrays.stream(values()).filter(r -> r.word().equalsIgnoreCase(word.trim())).findFirst();
    }
}
