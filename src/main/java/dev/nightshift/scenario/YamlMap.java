package dev.nightshift.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML mapping read field by field: each read names a field as known, missing required fields and wrong
 * types become errors at the right place, and {@link #rejectUnknown()} reports every field nobody asked for.
 */
final class YamlMap {

    private final Problems problems;
    private final Node node;
    private final String path;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> known = new LinkedHashSet<>();

    private YamlMap(Problems problems, MappingNode node, String path) {
        this.problems = problems;
        this.node = node;
        this.path = path;
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                problems.at(key, path, "field names must be plain text, got " + YamlValues.describe(key));
                continue;
            }
            if (entries.putIfAbsent(scalar.getValue(), tuple) != null) {
                problems.at(key, child(scalar.getValue()), "duplicate field '" + scalar.getValue() + "'");
            }
        }
    }

    /** The mapping at {@code node}, or null (after an error) when the node is something else. */
    static YamlMap of(Problems problems, Node node, String path) {
        if (node instanceof MappingNode mapping) {
            return new YamlMap(problems, mapping, path);
        }
        problems.at(node, path, "expected a mapping, got " + YamlValues.describe(node));
        return null;
    }

    Problems problems() {
        return problems;
    }

    Node node() {
        return node;
    }

    String path() {
        return path;
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Every field's key node, by name, in file order. */
    Map<String, Node> keys() {
        Map<String, Node> out = new LinkedHashMap<>();
        entries.forEach((k, t) -> out.put(k, t.getKeyNode()));
        return out;
    }

    boolean has(String key) {
        known.add(key);
        return entries.containsKey(key);
    }

    /** The field's value node, or null when absent; an absent required field is an error. */
    Node value(String key, boolean required) {
        known.add(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            if (required) {
                problems.at(node, child(key), "missing required field '" + key + "'");
            }
            return null;
        }
        return tuple.getValueNode();
    }

    String text(String key, boolean required) {
        Node v = value(key, required);
        return v == null ? null : YamlValues.text(problems, v, child(key));
    }

    Long whole(String key, boolean required, long min, long max) {
        Node v = value(key, required);
        return v == null ? null : YamlValues.whole(problems, v, child(key), min, max);
    }

    Duration duration(String key, boolean required) {
        Node v = value(key, required);
        return v == null ? null : YamlValues.duration(problems, v, child(key));
    }

    Instant instant(String key, boolean required) {
        Node v = value(key, required);
        return v == null ? null : YamlValues.instant(problems, v, child(key));
    }

    List<String> texts(String key, boolean required) {
        Node v = value(key, required);
        return v == null ? null : YamlValues.texts(problems, v, child(key));
    }

    List<Node> list(String key, boolean required) {
        Node v = value(key, required);
        return v == null ? null : YamlValues.list(problems, v, child(key));
    }

    YamlMap map(String key, boolean required) {
        Node v = value(key, required);
        return v == null ? null : of(problems, v, child(key));
    }

    /** Reports every field that no read asked for, suggesting a known field when one is a near miss. */
    void rejectUnknown() {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (known.contains(e.getKey())) {
                continue;
            }
            String suggestion = known.stream().filter(k -> distance(k, e.getKey()) <= 2).findFirst()
                    .map(k -> "; did you mean '" + k + "'?").orElse("; known fields: " + String.join(", ", known));
            problems.at(e.getValue().getKeyNode(), child(e.getKey()), "unknown field '" + e.getKey() + "'" + suggestion);
        }
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
