package dev.nightshift.pipeline;

import dev.nightshift.telemetry.LogSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pipeline files played on a rule as pySigma plays them before a backend converts it: every file in priority order,
 * each item whose {@code rule_conditions} hold for the rule's logsource (as {@code change_logsource} has made it so
 * far) in file order. Unlike {@link Pipeline}, which reads records and treats files as alternatives, here the files
 * add up, as pySigma's pipelines do. Immutable.
 */
public final class RuleProcessing {

    /** What one applicable item does to the rule. */
    public sealed interface Step permits AddCondition, RenameFields, TemplateFields {
    }

    /** {@code add_condition}: the rule holds only when these fields have these values too (a list is any of them). */
    public record AddCondition(String item, Map<String, List<String>> conditions) implements Step {
        public AddCondition {
            conditions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
        }
    }

    /** {@code field_name_mapping}: a Sigma field name and the names it becomes (several: any of them). */
    public record RenameFields(String item, Map<String, List<String>> mapping) implements Step {
        public RenameFields {
            mapping = Map.copyOf(mapping);
        }
    }

    /** nightshift's {@code field_template}: Sigma fields built from several event fields, which a query cannot build. */
    public record TemplateFields(String item, Set<String> fields) implements Step {
        public TemplateFields {
            fields = Set.copyOf(fields);
        }
    }

    private final List<PipelineSpec> specs;

    private RuleProcessing(List<PipelineSpec> specs) {
        List<PipelineSpec> ordered = new ArrayList<>(specs);
        ordered.sort(Comparator.comparingInt(PipelineSpec::priority));
        this.specs = List.copyOf(ordered);
    }

    /** The given files (their problems go to {@code problems}; a file with problems contributes nothing). */
    public static RuleProcessing load(List<PipelineSource> sources, List<InputProblem> problems) {
        List<PipelineSpec> specs = new ArrayList<>();
        for (PipelineSource source : sources) {
            PipelineSpec spec = PipelineParser.parse(source, problems);
            if (spec != null) {
                specs.add(spec);
            }
        }
        return new RuleProcessing(specs);
    }

    /** The names of the built-in pipeline files, without {@code .yml}. */
    public static List<String> builtInNames() {
        return Pipeline.DEFAULT_FILES.stream().map(f -> f.substring(0, f.length() - 4)).toList();
    }

    /** A built-in pipeline file by its name ({@code windows-sysmon}), or null when there is none of that name. */
    public static PipelineSource builtIn(String name) {
        return builtInNames().contains(name) ? Pipeline.builtIn(name + ".yml") : null;
    }

    /** The names of the pipelines, in the order they run. */
    public List<String> names() {
        return specs.stream().map(PipelineSpec::name).toList();
    }

    /** The placeholder values of the pipelines' {@code vars}; a later pipeline's value wins. */
    public Map<String, List<String>> vars() {
        Map<String, List<String>> vars = new LinkedHashMap<>();
        specs.forEach(spec -> vars.putAll(spec.vars()));
        return vars;
    }

    /** The steps that apply to a rule of this logsource, in the order they run. */
    public List<Step> steps(LogSource logsource) {
        List<Step> steps = new ArrayList<>();
        LogSource current = logsource;
        for (PipelineSpec spec : specs) {
            for (PipelineItem item : spec.items()) {
                if (!item.appliesTo(current)) {
                    continue;
                }
                String id = item.id() == null ? spec.name() : item.id();
                PipelineItem.Transformation t = item.transformation();
                if (t instanceof PipelineItem.AddCondition add) {
                    steps.add(new AddCondition(id, ordered(add.conditions())));
                } else if (t instanceof PipelineItem.FieldMapping mapping) {
                    steps.add(new RenameFields(id, mapping.mapping()));
                } else if (t instanceof PipelineItem.FieldTemplate template) {
                    steps.add(new TemplateFields(id, template.templates().keySet()));
                } else if (t instanceof PipelineItem.ChangeLogsource change) {
                    current = change.logsource();
                }
            }
        }
        return steps;
    }

    private static Map<String, List<String>> ordered(Map<String, List<String>> conditions) {
        Map<String, List<String>> sorted = new LinkedHashMap<>();
        conditions.keySet().stream().sorted().forEach(key -> sorted.put(key, conditions.get(key)));
        return sorted;
    }
}
