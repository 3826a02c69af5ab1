package dev.nightshift.scenario;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a stage chooses one of its entities, as written in a scenario: {@code external} (an address from the
 * world's external pool), {@code random} (an employee, or a workstation; {@code random:<department>} one of that department's), {@code role:<role>} (a server of
 * that role), {@code stage:<id>} (the same entity as an earlier stage), {@code workstation} (the stage user's own workstation) or a literal name or IPv4 address.
 */
public record EntityRef(Form form, String value) implements java.io.Serializable {

    /** The ways an entity can be chosen. */
    public enum Form { EXTERNAL, RANDOM, ROLE, STAGE, NAME, WORKSTATION }

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._$-]*");

    public EntityRef {
        Objects.requireNonNull(form, "form");
        value = value == null ? "" : value;
        if ((form == Form.ROLE || form == Form.STAGE || form == Form.NAME) && value.isEmpty()) {
            throw new IllegalArgumentException(form + " reference needs a value");
        }
    }

    /** Reads the scenario-file form; throws IllegalArgumentException with a readable message when malformed. */
    public static EntityRef parse(String text) {
        String t = text.trim();
        if (t.equals("external")) {
            return new EntityRef(Form.EXTERNAL, "");
        }
        if (t.equals("random")) {
            return new EntityRef(Form.RANDOM, "");
        }
        if (t.equals("workstation")) {
            return new EntityRef(Form.WORKSTATION, "");
        }
        if (t.startsWith("random:") && t.length() > 7) {
            return new EntityRef(Form.RANDOM, t.substring(7));
        }
        if (t.startsWith("role:")) {
            return new EntityRef(Form.ROLE, t.substring(5));
        }
        if (t.startsWith("stage:")) {
            return new EntityRef(Form.STAGE, t.substring(6));
        }
        if (!NAME.matcher(t).matches()) {
            throw new IllegalArgumentException("cannot read entity '" + t
                    + "'; use external, random, random:<department>, role:<role>, stage:<id>, workstation or a name");
        }
        return new EntityRef(Form.NAME, t);
    }

    @Override
    public String toString() {
        return switch (form) {
            case EXTERNAL -> "external";
            case RANDOM -> value.isEmpty() ? "random" : "random:" + value;
            case ROLE -> "role:" + value;
            case STAGE -> "stage:" + value;
            case NAME -> value;
            case WORKSTATION -> "workstation";
        };
    }
}
