package dev.nightshift.scenario;

import java.util.Objects;

/** A look-alike kind as scenario files name it: its one size parameter (tries, files, hosts; null when it has none) and what it does. */
public record LookalikeSpec(String kind, Param size, String description) {

    public LookalikeSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }
}
