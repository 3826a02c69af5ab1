package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reading composed YAML nodes: keyed entries, scalar texts and typed scalar values, failing with a position. */
final class Nodes {

    private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL_FLOAT = Pattern.compile("[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    private Nodes() {
    }

    /** A mapping's entries by key text, in order; non-scalar and duplicate keys are reported and skipped. */
    static Map<String, NodeTuple> entries(MappingNode map, Problems problems) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(Pos.of(tuple.getKeyNode()), "a key must be a plain text");
            } else if (entries.containsKey(key.getValue())) {
                problems.add(Pos.of(key), "duplicate key '" + key.getValue() + "'");
            } else {
                entries.put(key.getValue(), tuple);
            }
        }
        return entries;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    static MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode map) {
            return map;
        }
        throw new RuleException(Pos.of(node), what + " must be a mapping");
    }

    /**
     * The text of the document key {@code key}, or null when it is absent or null; a value that is not a single
     * scalar is reported to {@code problems} and read as null.
     */
    static String optionalText(java.util.Map<String, org.yaml.snakeyaml.nodes.NodeTuple> entries, String key,
                               Problems problems) {
        org.yaml.snakeyaml.nodes.NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return null;
        }
        try {
            return text(tuple.getValueNode(), "'" + key + "'");
        } catch (RuleException e) {
            problems.add(e.pos(), e.getMessage());
            return null;
        }
    }

    static String text(Node node, String what) {
        if (node instanceof ScalarNode scalar && !isNull(scalar)) {
            return scalar.getValue();
        }
        throw new RuleException(Pos.of(node), what + " must be a single value");
    }

    /** A scalar or a list of scalars, as texts. */
    static List<String> texts(Node node, String what) {
        List<String> texts = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                texts.add(text(item, "each item of " + what));
            }
        } else {
            texts.add(text(node, what));
        }
        return texts;
    }

    /** A scalar as a {@link Value}: null, a Long or Double for decimal numbers, a Boolean, else its text. */
    static Value value(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            throw new RuleException(Pos.of(node), "a value must be a single value, not a list or a mapping");
        }
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        Pos pos = Pos.of(node);
        if (Tag.NULL.equals(tag)) {
            return new Value(null, "", pos, scalar);
        }
        if (Tag.INT.equals(tag) && DECIMAL_INT.matcher(text).matches() && text.length() < 19) {
            return new Value(Long.parseLong(text), text, pos, scalar);
        }
        if (Tag.FLOAT.equals(tag) && DECIMAL_FLOAT.matcher(text).matches()) {
            return new Value(Double.parseDouble(text), text, pos, scalar);
        }
        if (Tag.BOOL.equals(tag)) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            boolean truth = lower.equals("true") || lower.equals("yes") || lower.equals("on") || lower.equals("y");
            return new Value(truth, text, pos, scalar);
        }
        return new Value(text, text, pos, scalar);
    }
}
