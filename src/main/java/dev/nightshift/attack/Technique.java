package dev.nightshift.attack;

import java.util.List;
import java.util.Objects;

/**
 * An ATT&CK technique or sub-technique ({@code T1110} or {@code T1110.003}) with its full name
 * ("Brute Force: Password Spraying") and the tactics it serves, in matrix order.
 */
public record Technique(String id, String name, List<Tactic> tactics) {

    public Technique {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!AttackCatalogue.isTechniqueId(id)) {
            throw new IllegalArgumentException("not an ATT&CK technique id: " + id);
        }
        tactics = List.copyOf(tactics);
        if (tactics.isEmpty()) {
            throw new IllegalArgumentException("technique " + id + " has no tactic");
        }
    }

    public boolean isSubTechnique() {
        return id.indexOf('.') > 0;
    }

    /** The parent technique's id: {@code T1110} for {@code T1110.003}, the id itself for a parent. */
    public String parentId() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }
}
