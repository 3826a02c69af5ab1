package dev.nightshift.attack;

import java.util.Objects;

/** An ATT&CK tactic: the adversary's goal, such as {@code TA0006 credential-access "Credential Access"}. */
public record Tactic(String id, String shortName, String name) {

    public Tactic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(name, "name");
        if (!id.matches("TA\\d{4}")) {
            throw new IllegalArgumentException("not an ATT&CK tactic id: " + id);
        }
    }
}
