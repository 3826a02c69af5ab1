package dev.nightshift.pipeline;

import java.util.List;
import java.util.Map;

/** One pipeline file as read: its name, priority (lower runs first), placeholder values and items in order. */
record PipelineSpec(String file, String name, int priority, Map<String, List<String>> vars, List<PipelineItem> items) {

    PipelineSpec {
        vars = Map.copyOf(vars);
        items = List.copyOf(items);
    }
}
