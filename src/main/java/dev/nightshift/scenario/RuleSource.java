package dev.nightshift.scenario;

import java.util.Objects;

/**
 * A Sigma rule file of the scenario's rule pack: its path as written in the scenario, relative to the
 * scenario file (e.g. {@code rules/tutorial-brute-force/new-account.yml}), and its YAML text.
 */
public record RuleSource(String path, String text) {

    public RuleSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }
}
