package dev.nightshift.pipeline;

import dev.nightshift.telemetry.LogSource;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one pipeline file in pySigma's processing-pipeline YAML ({@code name}, {@code priority}, {@code vars},
 * {@code transformations} with {@code id}, {@code type}, {@code rule_conditions}), reporting every problem with its
 * position; what nightshift cannot evaluate is a problem too, never silently dropped.
 */
final class PipelineParser {

    private static final Set<String> TOP = Set.of("name", "priority", "vars", "transformations", "postprocessing",
            "finalizers");
    private static final Set<String> BACKEND_ONLY_ITEM_KEYS = Set.of("detection_item_conditions",
            "field_name_conditions", "field_name_cond_not", "detection_item_cond_op", "field_name_cond_op",
            "rule_cond_not", "rule_cond_expr", "detection_item_cond_expr", "field_name_cond_expr");

    private final String file;
    private final List<InputProblem> problems;

    private PipelineParser(String file, List<InputProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The pipeline of the source, or null when it has problems (added to {@code problems}). */
    static PipelineSpec parse(PipelineSource source, List<InputProblem> problems) {
        int before = problems.size();
        PipelineSpec spec = new PipelineParser(source.file(), problems).document(source.text());
        return problems.size() == before ? spec : null;
    }

    private PipelineSpec document(String text) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(50);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : String.valueOf(e.getMessage());
            add(mark, "YAML syntax error: " + problem.lines().findFirst().orElse(problem));
            return null;
        } catch (RuntimeException e) {
            problems.add(new InputProblem(file, 1, 1, "the file cannot be read as YAML: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
            return null;
        }
        if (!(root instanceof MappingNode map)) {
            problems.add(new InputProblem(file, root == null ? 1 : line(root), root == null ? 1 : column(root),
                    "a pipeline is a mapping with 'name', 'priority', 'vars' and 'transformations'"));
            return null;
        }
        Map<String, NodeTuple> entries = entries(map, TOP, "pipeline key");
        String name = entries.containsKey("name") ? scalar(entries.get("name").getValueNode(), "name") : file;
        int priority = 0;
        if (entries.containsKey("priority")) {
            Node node = entries.get("priority").getValueNode();
            String value = scalar(node, "priority");
            try {
                priority = value == null ? 0 : Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                add(node, "priority must be a whole number, got '" + value + "'");
            }
        }
        Map<String, List<String>> vars = entries.containsKey("vars") ? vars(entries.get("vars").getValueNode())
                : Map.of();
        List<PipelineItem> items = new ArrayList<>();
        if (entries.containsKey("transformations")) {
            Node list = entries.get("transformations").getValueNode();
            if (list instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    PipelineItem parsed = item(item);
                    if (parsed != null) {
                        items.add(parsed);
                    }
                }
            } else {
                add(list, "'transformations' must be a list of processing items");
            }
        }
        return new PipelineSpec(file, name, priority, vars, items);
    }

    private Map<String, List<String>> vars(Node node) {
        Map<String, List<String>> vars = new LinkedHashMap<>();
        if (!(node instanceof MappingNode map)) {
            add(node, "'vars' must map each placeholder name to a value or a list of values");
            return vars;
        }
        for (NodeTuple entry : map.getValue()) {
            String key = scalar(entry.getKeyNode(), "placeholder name");
            List<String> values = scalars(entry.getValueNode(), "value of placeholder '" + key + "'");
            if (key != null && values != null) {
                vars.put(key, values);
            }
        }
        return vars;
    }

    private PipelineItem item(Node node) {
        if (!(node instanceof MappingNode map)) {
            add(node, "a processing item is a mapping with 'type' and its parameters");
            return null;
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple entry : map.getValue()) {
            String key = scalar(entry.getKeyNode(), "item key");
            if (key == null) {
                continue;
            }
            if (BACKEND_ONLY_ITEM_KEYS.contains(key)) {
                add(entry.getKeyNode(), "'" + key + "' is not supported: nightshift maps events to logsources, so an"
                        + " item's conditions can only be rule_conditions of type logsource (see docs/pipelines.md)");
                continue;
            }
            entries.put(key, entry);
        }
        NodeTuple type = entries.remove("type");
        if (type == null) {
            add(node, "a processing item needs a 'type'");
            return null;
        }
        String id = entries.containsKey("id") ? scalar(entries.remove("id").getValueNode(), "id") : null;
        List<LogSource> conditions = new ArrayList<>();
        NodeTuple ruleConditions = entries.remove("rule_conditions");
        if (ruleConditions != null) {
            conditions = ruleConditions(ruleConditions.getValueNode());
        }
        boolean any = false;
        NodeTuple op = entries.remove("rule_cond_op");
        if (op != null) {
            String value = scalar(op.getValueNode(), "rule_cond_op");
            if ("or".equalsIgnoreCase(value)) {
                any = true;
            } else if (!"and".equalsIgnoreCase(value)) {
                add(op.getValueNode(), "rule_cond_op must be 'and' or 'or', got '" + value + "'");
            }
        }
        String typeName = scalar(type.getValueNode(), "type");
        PipelineItem.Transformation transformation = transformation(typeName, type.getValueNode(), entries);
        return transformation == null ? null : new PipelineItem(id, transformation, conditions, any);
    }

    private PipelineItem.Transformation transformation(String type, Node at, Map<String, NodeTuple> params) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "add_condition" -> {
                refuseTrue(params, "template", "templated conditions");
                refuseTrue(params, "negated", "negated conditions");
                Map<String, List<String>> conditions = stringLists(params.remove("conditions"), at, "conditions");
                unknown(params, type);
                yield conditions == null ? null : new PipelineItem.AddCondition(conditions);
            }
            case "change_logsource" -> {
                String product = optional(params.remove("product"));
                String category = optional(params.remove("category"));
                String service = optional(params.remove("service"));
                unknown(params, type);
                yield new PipelineItem.ChangeLogsource(new LogSource(product, category, service));
            }
            case "field_name_mapping" -> {
                Map<String, List<String>> mapping = stringLists(params.remove("mapping"), at, "mapping");
                unknown(params, type);
                yield mapping == null ? null : new PipelineItem.FieldMapping(mapping);
            }
            case "field_template" -> {
                Map<String, List<String>> fields = stringLists(params.remove("fields"), at, "fields");
                unknown(params, type);
                yield fields == null ? null : new PipelineItem.FieldTemplate(fields);
            }
            case "value_placeholders" -> {
                params.remove("include");
                params.remove("exclude");
                unknown(params, type);
                yield new PipelineItem.ValuePlaceholders();
            }
            default -> {
                add(at, "transformation type '" + type + "' is not supported (supported: add_condition, "
                        + "change_logsource, field_name_mapping, value_placeholders, field_template; see "
                        + "docs/pipelines.md)");
                yield null;
            }
        };
    }

    private List<LogSource> ruleConditions(Node node) {
        List<LogSource> conditions = new ArrayList<>();
        if (!(node instanceof SequenceNode sequence)) {
            add(node, "'rule_conditions' must be a list of conditions");
            return conditions;
        }
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode map)) {
                add(item, "a rule condition is a mapping such as {type: logsource, product: windows}");
                continue;
            }
            Map<String, NodeTuple> entries = entries(map, Set.of("type", "product", "category", "service"),
                    "key of a logsource rule condition");
            NodeTuple type = entries.get("type");
            String typeName = type == null ? null : scalar(type.getValueNode(), "type");
            if (!"logsource".equals(typeName)) {
                add(type == null ? item : type.getValueNode(), "rule condition type '" + typeName + "' is not"
                        + " supported: nightshift maps events to logsources, so only 'logsource' conditions apply");
                continue;
            }
            conditions.add(new LogSource(optional(entries.get("product")), optional(entries.get("category")),
                    optional(entries.get("service"))));
        }
        return conditions;
    }

    private Map<String, List<String>> stringLists(NodeTuple tuple, Node at, String what) {
        if (tuple == null) {
            add(at, "this transformation needs '" + what + "'");
            return null;
        }
        Node node = tuple.getValueNode();
        if (!(node instanceof MappingNode map) || map.getValue().isEmpty()) {
            add(node, "'" + what + "' must map field names to a value or a list of values");
            return null;
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (NodeTuple entry : map.getValue()) {
            String key = scalar(entry.getKeyNode(), "field name");
            List<String> values = scalars(entry.getValueNode(), "value of '" + key + "'");
            if (key != null && values != null) {
                if (values.isEmpty()) {
                    add(entry.getValueNode(), "'" + key + "' needs at least one value");
                } else {
                    result.put(key, values);
                }
            }
        }
        return result;
    }

    private void refuseTrue(Map<String, NodeTuple> params, String key, String what) {
        NodeTuple tuple = params.remove(key);
        if (tuple != null && "true".equalsIgnoreCase(scalar(tuple.getValueNode(), key))) {
            add(tuple.getValueNode(), what + " are not supported (see docs/pipelines.md)");
        }
    }

    private void unknown(Map<String, NodeTuple> params, String type) {
        params.values().forEach(tuple -> add(tuple.getKeyNode(), "unknown parameter '"
                + ((ScalarNode) tuple.getKeyNode()).getValue() + "' of a " + type + " item"));
    }

    private Map<String, NodeTuple> entries(MappingNode map, Set<String> known, String what) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple entry : map.getValue()) {
            String key = scalar(entry.getKeyNode(), what);
            if (key == null) {
                continue;
            }
            if (!known.contains(key)) {
                add(entry.getKeyNode(), "unknown " + what + " '" + key + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(known)) + ")");
                continue;
            }
            entries.put(key, entry);
        }
        return entries;
    }

    private String optional(NodeTuple tuple) {
        return tuple == null ? null : scalar(tuple.getValueNode(), ((ScalarNode) tuple.getKeyNode()).getValue());
    }

    private String scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return org.yaml.snakeyaml.nodes.Tag.NULL.equals(scalar.getTag()) ? null : scalar.getValue();
        }
        add(node, what + " must be a single value");
        return null;
    }

    private List<String> scalars(Node node, String what) {
        if (node instanceof SequenceNode sequence) {
            List<String> values = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                String value = scalar(item, what);
                if (value == null) {
                    return null;
                }
                values.add(value);
            }
            return values;
        }
        String value = scalar(node, what);
        return value == null ? null : List.of(value);
    }

    private void add(Node node, String message) {
        add(node.getStartMark(), message);
    }

    private void add(Mark mark, String message) {
        problems.add(new InputProblem(file, mark == null ? 1 : mark.getLine() + 1,
                mark == null ? 1 : mark.getColumn() + 1, message));
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private static int column(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getColumn() + 1;
    }
}
