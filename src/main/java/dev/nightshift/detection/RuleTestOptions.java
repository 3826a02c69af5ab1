package dev.nightshift.detection;

import dev.nightshift.logs.LogFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How {@code rules test} reads and selects: the events' format, the site's own pipeline files beside the built-in
 * ones, placeholder values ({@code --var}, over the pipelines' {@code vars}), and which rules are reported, by level,
 * status and tag (empty: all; a tag also selects its sub-tags, and {@code t1059} stands for {@code attack.t1059}).
 */
public record RuleTestOptions(LogFormat format, List<Path> pipelines, Map<String, List<String>> vars,
                              Set<String> levels, Set<String> statuses, Set<String> tags) {

    public RuleTestOptions {
        Objects.requireNonNull(format, "format");
        pipelines = List.copyOf(pipelines);
        vars = Map.copyOf(vars);
        levels = lower(levels);
        statuses = lower(statuses);
        tags = lower(tags);
    }

    /** Every rule, the format detected, the built-in pipelines only. */
    public static RuleTestOptions defaults() {
        return new RuleTestOptions(LogFormat.AUTO, List.of(), Map.of(), Set.of(), Set.of(), Set.of());
    }

    private static Set<String> lower(Set<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the rule is one the options select. */
    boolean selects(SigmaRule rule) {
        if (!levels.isEmpty() && !levels.contains(rule.level().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(rule.status().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (tags.isEmpty()) {
            return true;
        }
        for (String tag : rule.tags()) {
            String own = tag.toLowerCase(Locale.ROOT);
            for (String wanted : tags) {
                if (covers(wanted, own) || covers("attack." + wanted, own)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean covers(String wanted, String tag) {
        return tag.equals(wanted) || tag.startsWith(wanted + ".");
    }
}
