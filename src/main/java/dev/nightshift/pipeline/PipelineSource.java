package dev.nightshift.pipeline;

import java.util.Objects;

/** The text of one processing pipeline file and the name its problems are reported under. */
public record PipelineSource(String file, String text) {

    public PipelineSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }
}
