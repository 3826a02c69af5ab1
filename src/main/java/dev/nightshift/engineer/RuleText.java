package dev.nightshift.engineer;

import dev.nightshift.game.GameException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Edits the text of Sigma rule files in place, so that a tuned rule differs from its original by the lines that
 * changed and nothing else: the documents of a file, a document by its rule id, a scalar or a list replaced where it
 * stands, a document removed or replaced. Works on files that {@code RulePack} has already loaded.
 */
final class RuleText {

    private static final Pattern SEPARATOR = Pattern.compile("(?m)^---[ \\t]*\\r?\\n");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./\\\\:@-][A-Za-z0-9_./\\\\:@ -]*");
    private static final Pattern RESERVED = Pattern.compile("(?i)(true|false|yes|no|on|off|null|~|[0-9.+-].*)");

    private RuleText() {
    }

    /** One YAML document of a file: where its text begins and ends. */
    record Segment(int start, int end, String text) {
    }

    static List<Segment> documents(String file) {
        List<Segment> segments = new ArrayList<>();
        var m = SEPARATOR.matcher(file);
        int start = 0;
        while (m.find()) {
            if (m.start() > start || !segments.isEmpty() || m.start() > 0) {
                segments.add(new Segment(start, m.start(), file.substring(start, m.start())));
            }
            start = m.end();
        }
        segments.add(new Segment(start, file.length(), file.substring(start)));
        return segments.stream().filter(s -> !s.text().isBlank()).toList();
    }

    /** The document of the rule with this id or name, or null. */
    static Segment document(String file, String ruleId) {
        for (Segment segment : documents(file)) {
            MappingNode root = root(segment.text());
            if (root != null && (ruleId.equals(scalar(root, "id")) || ruleId.equals(scalar(root, "name")))) {
                return segment;
            }
        }
        return null;
    }

    /** The file with one document replaced by {@code text} (null: removed, with its separator). */
    static String replaceDocument(String file, Segment segment, String text) {
        if (text != null) {
            return file.substring(0, segment.start()) + withNewline(text) + file.substring(segment.end());
        }
        List<Segment> all = documents(file);
        List<String> kept = new ArrayList<>();
        for (Segment s : all) {
            if (s.start() != segment.start()) {
                kept.add(withNewline(s.text()));
            }
        }
        return String.join("---\n", kept);
    }

    private static String withNewline(String text) {
        return text.endsWith("\n") ? text : text + "\n";
    }

    /** The document's top-level mapping, or null when it is not one. */
    static MappingNode root(String document) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        Node node = new Yaml(options).compose(new StringReader(document));
        return node instanceof MappingNode map ? map : null;
    }

    static String scalar(MappingNode map, String key) {
        Node value = value(map, key);
        return value instanceof ScalarNode s ? s.getValue() : null;
    }

    static Node value(MappingNode map, String key) {
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    /**
     * The document with the scalar at {@code path} (keys from the top) set to {@code yaml}, a YAML scalar already
     * quoted as it must be ({@link #quote}, or a bare number); when the last key is
     * missing from an existing mapping, a line is added at the end of that mapping.
     */
    static String setScalar(String document, String yaml, String... path) {
        MappingNode map = root(document);
        for (int i = 0; i < path.length - 1 && map != null; i++) {
            map = value(map, path[i]) instanceof MappingNode m ? m : null;
        }
        if (map == null) {
            throw GameException.badInput("the rule has no '" + String.join(".", path) + "' to change");
        }
        Node node = value(map, path[path.length - 1]);
        if (node instanceof ScalarNode s) {
            return document.substring(0, s.getStartMark().getIndex()) + yaml
                    + document.substring(s.getEndMark().getIndex());
        }
        if (node != null) {
            throw GameException.badInput("'" + String.join(".", path) + "' of the rule is not a single value");
        }
        String indent = path.length == 1 ? "" : " ".repeat(map.getValue().isEmpty() ? 4
                : map.getValue().get(0).getKeyNode().getStartMark().getColumn());
        int at = lineEnd(document, map.getEndMark().getIndex());
        return document.substring(0, at) + (at > 0 && document.charAt(at - 1) != '\n' ? "\n" : "") + indent
                + path[path.length - 1] + ": " + yaml + "\n" + document.substring(at);
    }

    /** The correlation with its lower bound ({@code gte} or {@code gt}) set to {@code threshold}. */
    static String setThreshold(String document, long threshold, String ruleId) {
        MappingNode root = root(document);
        Node corr = root == null ? null : value(root, "correlation");
        Node cond = corr instanceof MappingNode c ? value(c, "condition") : null;
        String op = null;
        if (cond instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && (k.getValue().equals("gte") || k.getValue().equals("gt"))) {
                    op = k.getValue();
                    break;
                }
            }
        }
        if (op == null) {
            throw GameException.badInput("the correlation's condition has no lower bound (gte or gt) to raise;"
                    + " edit it with: rule edit " + ruleId);
        }
        return setScalar(document, Long.toString(threshold), "correlation", "condition", op);
    }

    /** The document with the list at {@code path} replaced by {@code values}, one item a line. */
    static String setList(String document, List<String> values, String... path) {
        MappingNode map = root(document);
        for (int i = 0; i < path.length - 1 && map != null; i++) {
            map = value(map, path[i]) instanceof MappingNode m ? m : null;
        }
        if (map == null) {
            throw GameException.badInput("the rule has no '" + String.join(".", path) + "' to change");
        }
        NodeTuple tuple = null;
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(path[path.length - 1])) {
                tuple = t;
            }
        }
        int keyColumn = tuple != null ? tuple.getKeyNode().getStartMark().getColumn()
                : map.getValue().get(0).getKeyNode().getStartMark().getColumn();
        StringBuilder lines = new StringBuilder();
        lines.append(" ".repeat(keyColumn)).append(path[path.length - 1]).append(":\n");
        for (String v : values) {
            lines.append(" ".repeat(keyColumn + 4)).append("- ").append(quote(v)).append('\n');
        }
        int from;
        int to;
        if (tuple == null) {
            from = lineEnd(document, map.getEndMark().getIndex());
            to = from;
        } else {
            from = lineStart(document, tuple.getKeyNode().getStartMark().getIndex());
            Node v = tuple.getValueNode();
            int end = v.getEndMark().getIndex();
            // a block list ends where the next key begins: keep that key's line (only blanks precede it there)
            int start = lineStart(document, end);
            to = document.substring(start, Math.min(end, document.length())).isBlank() ? start : lineEnd(document, end);
        }
        return document.substring(0, from) + lines + document.substring(to);
    }

    private static int lineStart(String text, int index) {
        int i = Math.min(index, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static int lineEnd(String text, int index) {
        int i = Math.min(index, text.length());
        if (i > 0 && text.charAt(i - 1) == '\n') {
            return i;
        }
        while (i < text.length() && text.charAt(i) != '\n') {
            i++;
        }
        return Math.min(text.length(), i + 1);
    }

    /** The {@code logsource} mapping of a document as {@code key: value} pairs, in order. */
    static Map<String, String> logsource(String document) {
        Map<String, String> out = new LinkedHashMap<>();
        MappingNode root = root(document);
        if (root != null && value(root, "logsource") instanceof MappingNode ls) {
            for (NodeTuple t : ls.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                    out.put(k.getValue(), v.getValue());
                }
            }
        }
        return out;
    }

    /** A YAML scalar for {@code value}: plain when that reads back as the same text, else single-quoted. */
    static String quote(String value) {
        if (!value.isEmpty() && PLAIN.matcher(value).matches() && !RESERVED.matcher(value).matches()
                && !value.endsWith(" ") && !value.contains(": ") && !value.contains(" #")) {
            return value;
        }
        return "'" + value.replace("'", "''") + "'";
    }

    /** A mapping key: plain when it is a simple field name, else single-quoted. */
    static String key(String key) {
        return key.matches("[A-Za-z0-9_.|-]+") ? key : "'" + key.replace("'", "''") + "'";
    }
}
