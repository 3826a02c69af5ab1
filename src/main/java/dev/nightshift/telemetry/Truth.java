package dev.nightshift.telemetry;

import java.util.Objects;

/**
 * The hidden label of an event: benign noise, a benign look-alike built to trip rules, or part of an
 * attack stage. It is never written into telemetry output and never shown to a trainee.
 */
public record Truth(Kind kind, String stage, String technique, String lookalike) implements java.io.Serializable {

    /** What an event really is. */
    public enum Kind { BENIGN, LOOKALIKE, ATTACK }

    private static final Truth BENIGN = new Truth(Kind.BENIGN, null, null, null);

    public Truth {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.ATTACK && (stage == null || technique == null)) {
            throw new IllegalArgumentException("an attack truth needs a stage and a technique");
        }
        if (kind == Kind.LOOKALIKE && lookalike == null) {
            throw new IllegalArgumentException("a look-alike truth needs its kind");
        }
    }

    public static Truth benign() {
        return BENIGN;
    }

    public static Truth lookalike(String kind) {
        return new Truth(Kind.LOOKALIKE, null, null, kind);
    }

    public static Truth attack(String stage, String technique) {
        return new Truth(Kind.ATTACK, stage, technique, null);
    }

    public boolean isAttack() {
        return kind == Kind.ATTACK;
    }
}
