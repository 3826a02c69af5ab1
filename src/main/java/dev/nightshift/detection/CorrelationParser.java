package dev.nightshift.detection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a {@code correlation} mapping into a {@link CorrelationSpec}, reporting every problem it finds. */
final class CorrelationParser {

    private static final Pattern TIMESPAN = Pattern.compile("([0-9]{1,9})([smhd])");

    private final Problems problems;

    CorrelationParser(Problems problems) {
        this.problems = problems;
    }

    /** The correlation, or null when it has errors (all of which are reported). */
    CorrelationSpec parse(Node node, Node documentGenerate) {
        int before = problems.count();
        if (!(node instanceof MappingNode map)) {
            problems.add(Pos.of(node), "'correlation' must be a mapping");
            return null;
        }
        Map<String, NodeTuple> entries = Nodes.entries(map, problems);
        CorrelationSpec.Type type = attempt(() -> type(required(entries, "type", map)));
        List<CorrelationSpec.Reference> rules = attempt(() -> references(required(entries, "rules", map)));
        List<String> groupBy = entries.containsKey("group-by")
                ? attempt(() -> Nodes.texts(entries.get("group-by").getValueNode(), "'group-by'")) : List.of();
        Map<String, Map<String, String>> aliases = entries.containsKey("aliases")
                ? attempt(() -> aliases(entries.get("aliases").getValueNode())) : Map.of();
        Duration timespan = attempt(() -> timespan(required(entries, "timespan", map)));
        Node generateNode = entries.containsKey("generate") ? entries.get("generate").getValueNode() : documentGenerate;
        Boolean generate = generateNode == null ? Boolean.FALSE : attempt(() -> bool(generateNode, "'generate'"));
        String latitude = null;
        String longitude = null;
        if (type == CorrelationSpec.Type.IMPOSSIBLE_TRAVEL) {
            latitude = attempt(() -> Nodes.text(required(entries, "latitude", map), "'latitude'"));
            longitude = attempt(() -> Nodes.text(required(entries, "longitude", map), "'longitude'"));
        }
        CountCondition condition = null;
        String field = null;
        Double percentile = null;
        NodeTuple conditionEntry = entries.get("condition");
        if (conditionEntry != null && type != null) {
            MappingNode conditionMap = attempt(() -> Nodes.mapping(conditionEntry.getValueNode(), "'condition'"));
            if (conditionMap != null) {
                Map<String, NodeTuple> bounds = Nodes.entries(conditionMap, problems);
                boolean whole = type == CorrelationSpec.Type.EVENT_COUNT || type == CorrelationSpec.Type.VALUE_COUNT
                        || type == CorrelationSpec.Type.TEMPORAL || type == CorrelationSpec.Type.TEMPORAL_ORDERED;
                condition = attempt(() -> condition(bounds, conditionMap, whole));
                if (bounds.containsKey("field")) {
                    field = attempt(() -> Nodes.text(bounds.get("field").getValueNode(), "'field'"));
                }
                if (bounds.containsKey("percentile")) {
                    percentile = attempt(() -> percentile(bounds.get("percentile").getValueNode()));
                }
            }
        } else if (type != null && type.needsCondition()) {
            problems.add(Pos.of(map), "a " + type.yamlName + " correlation needs a 'condition' such as {gte: 5}");
        }
        if (type != null && type.needsField() && field == null && problems.count() == before) {
            problems.add(Pos.of(conditionEntry.getValueNode()), "a " + type.yamlName + " condition needs a 'field'");
        }
        if (type == CorrelationSpec.Type.VALUE_PERCENTILE && percentile == null && problems.count() == before) {
            problems.add(Pos.of(conditionEntry.getValueNode()),
                    "a value_percentile condition needs a 'percentile' from 0 to 100");
        }
        if (type == CorrelationSpec.Type.TEMPORAL_ORDERED && condition != null) {
            problems.add(Pos.of(conditionEntry.getKeyNode()),
                    "a temporal_ordered correlation takes no condition: it needs every rule, in order");
        }
        if (problems.count() > before) {
            return null;
        }
        return new CorrelationSpec(type, rules, groupBy, aliases, timespan, condition, field, percentile, latitude,
                longitude, generate);
    }

    private <T> T attempt(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (RuleException e) {
            problems.add(e.pos(), e.getMessage());
            return null;
        }
    }

    private static Node required(Map<String, NodeTuple> entries, String key, MappingNode map) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            throw new RuleException(Pos.of(map), "the correlation has no '" + key + "'");
        }
        return tuple.getValueNode();
    }

    private static CorrelationSpec.Type type(Node node) {
        String text = Nodes.text(node, "'type'");
        return Arrays.stream(CorrelationSpec.Type.values()).filter(t -> t.yamlName.equals(text)).findFirst()
                .orElseThrow(() -> new RuleException(Pos.of(node), "unknown correlation type '" + text
                        + "'; expected event_count, value_count, temporal, temporal_ordered, value_sum, value_avg, "
                        + "value_percentile or impossible_travel"));
    }

    private static List<CorrelationSpec.Reference> references(Node node) {
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
        if (items.isEmpty()) {
            throw new RuleException(Pos.of(node), "'rules' must name at least one rule");
        }
        List<CorrelationSpec.Reference> references = new ArrayList<>();
        for (Node item : items) {
            references.add(new CorrelationSpec.Reference(Nodes.text(item, "each rule reference"), Pos.of(item)));
        }
        return references;
    }

    private static Duration timespan(Node node) {
        Matcher m = TIMESPAN.matcher(Nodes.text(node, "'timespan'"));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new RuleException(Pos.of(node), "'timespan' must be a positive number followed by s, m, h or d, such as 5m");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private static boolean bool(Node node, String what) {
        Value value = Nodes.value(node);
        if (value.value() instanceof Boolean b) {
            return b;
        }
        throw new RuleException(Pos.of(node), what + " must be true or false");
    }

    private Map<String, Map<String, String>> aliases(Node node) {
        MappingNode map = Nodes.mapping(node, "'aliases'");
        Map<String, Map<String, String>> aliases = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> alias : Nodes.entries(map, problems).entrySet()) {
            MappingNode byRule = Nodes.mapping(alias.getValue().getValueNode(), "the alias '" + alias.getKey() + "'");
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, NodeTuple> rule : Nodes.entries(byRule, problems).entrySet()) {
                fields.put(rule.getKey(), Nodes.text(rule.getValue().getValueNode(), "an alias field"));
            }
            aliases.put(alias.getKey(), fields);
        }
        return aliases;
    }

    private static double percentile(Node node) {
        Object value = Nodes.value(node).value();
        if (!(value instanceof Number number) || number.doubleValue() < 0 || number.doubleValue() > 100) {
            throw new RuleException(Pos.of(node), "'percentile' must be a number from 0 to 100");
        }
        return number.doubleValue();
    }

    private static CountCondition condition(Map<String, NodeTuple> bounds, MappingNode map, boolean whole) {
        Double[] values = new Double[5];
        List<String> names = List.of("gt", "gte", "lt", "lte", "eq");
        for (Map.Entry<String, NodeTuple> bound : bounds.entrySet()) {
            int index = names.indexOf(bound.getKey());
            if (bound.getKey().equals("field") || bound.getKey().equals("percentile")) {
                continue;
            }
            if (index < 0) {
                throw new RuleException(Pos.of(bound.getValue().getKeyNode()), "unknown condition '" + bound.getKey()
                        + "'; expected gt, gte, lt, lte or eq");
            }
            Node valueNode = bound.getValue().getValueNode();
            Object value = valueNode instanceof ScalarNode ? Nodes.value(valueNode).value() : null;
            boolean valid = whole ? value instanceof Long count && count >= 0 : value instanceof Number;
            if (!valid) {
                throw new RuleException(Pos.of(valueNode), "'" + bound.getKey() + "' must be "
                        + (whole ? "a whole number of 0 or more" : "a number"));
            }
            values[index] = ((Number) value).doubleValue();
        }
        if (Arrays.stream(values).allMatch(v -> v == null)) {
            throw new RuleException(Pos.of(map), "the condition needs one of gt, gte, lt, lte or eq");
        }
        return new CountCondition(values[0], values[1], values[2], values[3], values[4]);
    }
}
