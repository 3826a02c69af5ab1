package dev.nightshift.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Typed reads of single YAML nodes; each returns null after recording an error when the node has the wrong shape. */
final class YamlValues {

    private YamlValues() {
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        if (Tag.NULL.equals(scalar.getTag())) {
            return "nothing";
        }
        String value = scalar.getValue().replaceAll("\\s+", " ");
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }

    static String text(Problems p, Node node, String path) {
        if (node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            String value = scalar.getValue().strip();
            if (value.isEmpty()) {
                p.at(node, path, "expected text, got an empty string");
                return null;
            }
            return value;
        }
        p.at(node, path, "expected text, got " + describe(node));
        return null;
    }

    static Long whole(Problems p, Node node, String path, long min, long max) {
        if (!(node instanceof ScalarNode scalar) || !Tag.INT.equals(scalar.getTag())) {
            p.at(node, path, "expected a whole number, got " + describe(node));
            return null;
        }
        long value;
        try {
            value = Long.decode(scalar.getValue().replace("_", ""));
        } catch (NumberFormatException e) {
            p.at(node, path, "expected a whole number, got " + describe(node));
            return null;
        }
        if (value < min || value > max) {
            p.at(node, path, "must be between " + min + " and " + max + ", got " + value);
            return null;
        }
        return value;
    }

    static Duration duration(Problems p, Node node, String path) {
        String text = text(p, node, path);
        if (text == null) {
            return null;
        }
        Duration d = Durations.parse(text).orElse(null);
        if (d == null) {
            p.at(node, path, "cannot read duration '" + text + "'; use a number and a unit, e.g. 90s, 15m, 2h, 1h30m");
        }
        return d;
    }

    static Instant instant(Problems p, Node node, String path) {
        String text = text(p, node, path);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            p.at(node, path, "cannot read instant '" + text + "'; use ISO-8601 with an offset, e.g. 2026-03-10T08:30:00Z");
            return null;
        }
    }

    static List<Node> list(Problems p, Node node, String path) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        p.at(node, path, "expected a list, got " + describe(node));
        return null;
    }

    static List<String> texts(Problems p, Node node, String path) {
        List<Node> items = list(p, node, path);
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            String s = text(p, items.get(i), path + "[" + i + "]");
            ok &= s != null;
            out.add(s);
        }
        return ok ? out : null;
    }
}
