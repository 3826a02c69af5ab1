package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a {@code detection} mapping into a {@link Detection}, reporting every problem it finds. */
final class DetectionParser {

    private final Problems problems;
    private final Map<String, List<String>> placeholders;

    private final boolean filter;

    DetectionParser(Problems problems, Map<String, List<String>> placeholders) {
        this(problems, placeholders, false);
    }

    /** With {@code filter}, the mapping is a filter document's, whose {@code rules} entry is not a search. */
    DetectionParser(Problems problems, Map<String, List<String>> placeholders, boolean filter) {
        this.problems = problems;
        this.placeholders = placeholders;
        this.filter = filter;
    }

    /** The detection, or null when it has errors (all of which are reported). */
    Detection parse(Node node) {
        int before = problems.count();
        if (!(node instanceof MappingNode map)) {
            problems.add(Pos.of(node), "'detection' must be a mapping of search identifiers and a condition");
            return null;
        }
        Map<String, NodeTuple> entries = Nodes.entries(map, problems);
        Map<String, List<List<FieldSpec>>> searches = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            String name = entry.getKey();
            if (name.equals("condition") || name.equals("timeframe") || (filter && name.equals("rules"))) {
                continue;
            }
            try {
                searches.put(name, search(entry.getValue().getValueNode()));
            } catch (RuleException e) {
                problems.add(e.pos(), e.getMessage());
            }
        }
        NodeTuple conditionEntry = entries.get("condition");
        Condition condition = null;
        if (conditionEntry == null) {
            problems.add(Pos.of(node), "the detection has no 'condition'");
        } else if (entries.containsKey("timeframe")) {
            problems.add(Pos.of(entries.get("timeframe").getKeyNode()),
                    "'timeframe' is not part of Sigma v2; use a correlation rule");
        } else {
            condition = condition(conditionEntry.getValueNode(), searches.keySet());
        }
        if (problems.count() > before || condition == null) {
            reportFieldErrors(searches);
            return null;
        }
        return new Detection(searches, condition);
    }

    /** A detection that failed still has its field entries checked, so that one run reports every error. */
    private void reportFieldErrors(Map<String, List<List<FieldSpec>>> searches) {
        for (List<List<FieldSpec>> alternatives : searches.values()) {
            for (List<FieldSpec> fields : alternatives) {
                for (FieldSpec field : fields) {
                    try {
                        MatcherCompiler.compile(field, placeholders);
                    } catch (RuleException e) {
                        problems.add(e.pos(), e.getMessage());
                    }
                }
            }
        }
    }

    private Condition condition(Node node, java.util.Set<String> identifiers) {
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
        if (items.isEmpty()) {
            problems.add(Pos.of(node), "the condition list is empty");
            return null;
        }
        List<Condition> alternatives = new ArrayList<>();
        for (Node item : items) {
            if (!(item instanceof ScalarNode scalar) || Nodes.isNull(item)) {
                problems.add(Pos.of(item), "a condition must be a text such as 'selection and not filter'");
                continue;
            }
            try {
                alternatives.add(ConditionParser.parse(scalar.getValue(), identifiers));
            } catch (ConditionParser.Failure e) {
                problems.add(Pos.inScalar(scalar, e.offset), e.getMessage());
            }
        }
        if (alternatives.size() != items.size()) {
            return null;
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new Condition.Or(alternatives);
    }

    private List<List<FieldSpec>> search(Node node) {
        if (node instanceof MappingNode map) {
            return List.of(fields(map));
        }
        if (node instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
            boolean maps = seq.getValue().stream().allMatch(item -> item instanceof MappingNode);
            if (maps) {
                List<List<FieldSpec>> alternatives = new ArrayList<>();
                for (Node item : seq.getValue()) {
                    alternatives.add(fields((MappingNode) item));
                }
                return alternatives;
            }
            List<Value> keywords = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode)) {
                    throw new RuleException(Pos.of(item),
                            "a search list must hold only mappings (OR of field maps) or only values (keywords)");
                }
                keywords.add(Nodes.value(item));
            }
            return List.of(List.of(new FieldSpec("", Pos.of(node), List.of(), keywords)));
        }
        if (node instanceof ScalarNode && !Nodes.isNull(node)) {
            return List.of(List.of(new FieldSpec("", Pos.of(node), List.of(), List.of(Nodes.value(node)))));
        }
        throw new RuleException(Pos.of(node), "a search must be a mapping of fields, a list of mappings or a list of keywords");
    }

    private List<FieldSpec> fields(MappingNode map) {
        if (map.getValue().isEmpty()) {
            throw new RuleException(Pos.of(map), "a search mapping must name at least one field");
        }
        List<FieldSpec> fields = new ArrayList<>();
        for (NodeTuple tuple : Nodes.entries(map, problems).values()) {
            ScalarNode key = (ScalarNode) tuple.getKeyNode();
            String[] parts = key.getValue().split("\\|", -1);
            List<FieldSpec.Modifier> modifiers = new ArrayList<>();
            int offset = parts[0].length() + 1;
            for (int i = 1; i < parts.length; i++) {
                modifiers.add(new FieldSpec.Modifier(parts[i], Pos.inScalar(key, offset)));
                offset += parts[i].length() + 1;
            }
            fields.add(new FieldSpec(parts[0], Pos.of(key), modifiers, values(tuple.getValueNode())));
        }
        return fields;
    }

    private static List<Value> values(Node node) {
        if (node instanceof SequenceNode seq) {
            if (seq.getValue().isEmpty()) {
                throw new RuleException(Pos.of(node), "a field's list of values is empty");
            }
            List<Value> values = new ArrayList<>();
            for (Node item : seq.getValue()) {
                values.add(Nodes.value(item));
            }
            return values;
        }
        return List.of(Nodes.value(node));
    }
}
