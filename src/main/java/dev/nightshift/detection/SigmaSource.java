package dev.nightshift.detection;

import java.util.Objects;

/** A Sigma rule file to load: its name, used in error messages, and its YAML text. */
public record SigmaSource(String file, String text) {

    public SigmaSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }
}
