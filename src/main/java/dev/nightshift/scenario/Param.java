package dev.nightshift.scenario;

import java.time.Duration;
import java.util.Objects;

/** One parameter a stage emitter or look-alike accepts under its YAML mapping: name, type, allowed range and default. */
public record Param(String name, Type type, long min, long max, Object fallback) {

    /** The value types a parameter can hold: a whole number, a duration or text. */
    public enum Type { INT, DURATION, TEXT }

    public Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (min > max) {
            throw new IllegalArgumentException("parameter " + name + " has min above max");
        }
        if (fallback != null && !(fallback instanceof Long || fallback instanceof Duration || fallback instanceof String)) {
            throw new IllegalArgumentException("parameter " + name + " has a default of an unsupported type");
        }
    }

    static Param whole(String name, long min, long max, long fallback) {
        return new Param(name, Type.INT, min, max, fallback);
    }

    static Param duration(String name, String fallback) {
        return new Param(name, Type.DURATION, 1, Long.MAX_VALUE, Durations.parse(fallback).orElseThrow());
    }

    static Param text(String name, String fallback) {
        return new Param(name, Type.TEXT, 0, 0, fallback);
    }

    /** Whether a scenario must give this parameter (it has no default). */
    public boolean required() {
        return fallback == null;
    }
}
