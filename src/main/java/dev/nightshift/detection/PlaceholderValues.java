package dev.nightshift.detection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The values of {@code %name%} placeholders given on the command line: {@code name=value,...} (a name given twice
 * has both values), or {@code @FILE}, a YAML mapping of each name to a value or a list of values. A malformed one is
 * an {@link IllegalArgumentException} whose message says where.
 */
public final class PlaceholderValues {

    private PlaceholderValues() {
    }

    /** The values of every argument, by placeholder name, in the order given. */
    public static Map<String, List<String>> parse(String[] arguments) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (arguments == null) {
            return values;
        }
        for (String argument : arguments) {
            if (argument.startsWith("@")) {
                file(Path.of(argument.substring(1)), values);
                continue;
            }
            for (String pair : argument.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    throw new IllegalArgumentException("--var wants name=value, got '" + pair.strip() + "'");
                }
                values.computeIfAbsent(pair.substring(0, equals).strip(), n -> new ArrayList<>())
                        .add(pair.substring(equals + 1).strip());
            }
        }
        return values;
    }

    private static void file(Path file, Map<String, List<String>> values) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("no readable placeholder file: " + file);
        }
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new IllegalArgumentException(at(file, e.getProblemMark()) + "YAML syntax error: " + e.getProblem());
        }
        if (root == null) {
            return;
        }
        if (!(root instanceof MappingNode map)) {
            throw new IllegalArgumentException(at(file, root.getStartMark())
                    + "a placeholder file maps each name to a value or a list of values");
        }
        for (NodeTuple entry : map.getValue()) {
            if (!(entry.getKeyNode() instanceof ScalarNode key)) {
                throw new IllegalArgumentException(at(file, entry.getKeyNode().getStartMark()) + "a name must be text");
            }
            List<String> list = values.computeIfAbsent(key.getValue(), n -> new ArrayList<>());
            Node value = entry.getValueNode();
            for (Node item : value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value)) {
                if (!(item instanceof ScalarNode scalar)) {
                    throw new IllegalArgumentException(at(file, item.getStartMark())
                            + "a placeholder value must be a single value");
                }
                list.add(scalar.getValue());
            }
        }
    }

    private static String at(Path file, Mark mark) {
        return file + ":" + (mark == null ? 1 : mark.getLine() + 1) + ":" + (mark == null ? 1 : mark.getColumn() + 1)
                + ": ";
    }
}
