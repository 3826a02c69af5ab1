package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Compiles a parsed {@link Detection} into one {@link EventMatcher}, reporting every field that fails to compile. */
final class DetectionCompiler {

    private DetectionCompiler() {
    }

    /** The matcher, or null when some field failed to compile (each failure is reported). */
    static EventMatcher compile(Detection detection, Map<String, List<String>> placeholders, Problems problems) {
        int before = problems.count();
        Map<String, EventMatcher> searches = new HashMap<>();
        detection.searches().forEach((name, alternatives) -> {
            List<EventMatcher> compiled = new ArrayList<>();
            for (List<FieldSpec> fields : alternatives) {
                List<FieldMatcher> matchers = new ArrayList<>();
                for (FieldSpec field : fields) {
                    try {
                        matchers.add(MatcherCompiler.compile(field, placeholders));
                    } catch (RuleException e) {
                        problems.add(e.pos(), e.getMessage());
                    }
                }
                FieldMatcher[] array = matchers.toArray(FieldMatcher[]::new);
                compiled.add(array.length == 1 ? array[0]::matches : EventMatcher.allFields(array));
            }
            searches.put(name, compiled.size() == 1 ? compiled.get(0)
                    : EventMatcher.or(compiled.toArray(EventMatcher[]::new)));
        });
        if (problems.count() > before) {
            return null;
        }
        return condition(detection.condition(), searches);
    }

    /** The field names the detection reads, each once, in order of first use; keyword searches name none. */
    static List<String> fields(Detection detection) {
        java.util.Set<String> fields = new java.util.LinkedHashSet<>();
        detection.searches().values().forEach(alternatives -> alternatives.forEach(specs -> specs.forEach(spec -> {
            if (spec.field() != null && !spec.field().isEmpty()) {
                fields.add(spec.field());
            }
        })));
        return List.copyOf(fields);
    }

    /** What an event must contain for the detection, which compiled, to match; null when nothing is certain. */
    static Needles needles(Detection detection, Map<String, List<String>> placeholders) {
        Map<String, Needles> searches = new HashMap<>();
        detection.searches().forEach((name, alternatives) -> {
            Needles search = null;
            for (List<FieldSpec> fields : alternatives) {
                Needles alternative = null;
                for (FieldSpec field : fields) {
                    alternative = Needles.and(alternative,
                            Needles.of(field, Modifiers.parse(field.modifiers()), placeholders));
                }
                if (alternative == null) {
                    return;
                }
                search = search == null ? alternative : search.or(alternative);
            }
            searches.put(name, search);
        });
        return needles(detection.condition(), searches);
    }

    private static Needles needles(Condition condition, Map<String, Needles> searches) {
        if (condition instanceof Condition.Ref ref) {
            return searches.get(ref.name());
        }
        if (condition instanceof Condition.Not) {
            return null;
        }
        if (condition instanceof Condition.And and) {
            Needles needles = null;
            for (Condition part : and.parts()) {
                needles = Needles.and(needles, needles(part, searches));
            }
            return needles;
        }
        Needles needles = null;
        for (Condition part : ((Condition.Or) condition).parts()) {
            Needles alternative = needles(part, searches);
            if (alternative == null) {
                return null;
            }
            needles = needles == null ? alternative : needles.or(alternative);
        }
        return needles;
    }

    private static EventMatcher condition(Condition condition, Map<String, EventMatcher> searches) {
        if (condition instanceof Condition.Ref ref) {
            return searches.get(ref.name());
        }
        if (condition instanceof Condition.Not not) {
            EventMatcher inner = condition(not.inner(), searches);
            return event -> !inner.matches(event);
        }
        List<Condition> parts = condition instanceof Condition.And and ? and.parts() : ((Condition.Or) condition).parts();
        EventMatcher[] compiled = parts.stream().map(part -> condition(part, searches)).toArray(EventMatcher[]::new);
        if (compiled.length == 1) {
            return compiled[0];
        }
        return condition instanceof Condition.And ? EventMatcher.and(compiled) : EventMatcher.or(compiled);
    }
}
