package dev.nightshift.detection;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * What {@code sigma check} warns about and a rule may still load with: a detection rule without a logsource, an id
 * that is not a UUID, an unknown status, an escaped wildcard ({@code \*} matches a literal star) where a wildcard was
 * likely meant, and a number written as a string. Each warning is {@code file:line:column: warning: ...}.
 */
final class RuleWarnings {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> STATUSES = Set.of("stable", "test", "experimental", "deprecated", "unsupported");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+");

    private final String file;
    private final List<String> warnings = new ArrayList<>();

    private RuleWarnings(String file) {
        this.file = file;
    }

    /** The warnings of one rule file; a file that does not parse has errors instead, and no warnings. */
    static List<String> of(SigmaSource source) {
        RuleWarnings check = new RuleWarnings(source.file());
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            options.setMaxAliasesForCollections(100);
            for (Node node : new Yaml(options).composeAll(new StringReader(source.text()))) {
                if (node instanceof MappingNode map) {
                    check.document(map);
                }
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return check.warnings;
    }

    private void document(MappingNode map) {
        NodeTuple detection = entry(map, "detection");
        if (detection == null) {
            return;
        }
        if (entry(map, "logsource") == null && entry(map, "filter") == null) {
            warn(map, "the rule has no 'logsource', so it applies to every event of every log");
        }
        NodeTuple id = entry(map, "id");
        if (id != null && id.getValueNode() instanceof ScalarNode value && !UUID.matcher(value.getValue()).matches()) {
            warn(value, "id '" + value.getValue() + "' is not a UUID");
        }
        NodeTuple status = entry(map, "status");
        if (status != null && status.getValueNode() instanceof ScalarNode value
                && !STATUSES.contains(value.getValue())) {
            warn(value, "unknown status '" + value.getValue() + "'; expected stable, test, experimental, deprecated"
                    + " or unsupported");
        }
        if (detection.getValueNode() instanceof MappingNode searches) {
            for (NodeTuple search : searches.getValue()) {
                String name = search.getKeyNode() instanceof ScalarNode key ? key.getValue() : "";
                if (!name.equals("condition") && !name.equals("timeframe")) {
                    values(search.getValueNode(), "");
                }
            }
        }
    }

    private void values(Node node, String field) {
        if (node instanceof MappingNode map) {
            for (NodeTuple entry : map.getValue()) {
                values(entry.getValueNode(), entry.getKeyNode() instanceof ScalarNode key ? key.getValue() : "");
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> values(item, field));
        } else if (node instanceof ScalarNode scalar) {
            scalar(scalar, field);
        }
    }

    private void scalar(ScalarNode scalar, String field) {
        String value = scalar.getValue();
        boolean quoted = scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN;
        if (quoted && NUMBER.matcher(value).matches() && !field.contains("|")) {
            warn(scalar, "the number " + value + " is written as a string; write it without quotes if a number was"
                    + " meant");
        }
        if (field.contains("|re") || field.contains("|cidr")) {
            return;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c == '*' || c == '?') && value.charAt(i - 1) == '\\' && (i < 2 || value.charAt(i - 2) != '\\')) {
                warn(scalar, "'\\" + c + "' is an escaped wildcard and matches a literal '" + c + "'; if a wildcard"
                        + " was meant, remove the backslash (a backslash before a wildcard is written '\\\\" + c
                        + "')");
                return;
            }
        }
    }

    private static NodeTuple entry(MappingNode map, String key) {
        for (NodeTuple entry : map.getValue()) {
            if (entry.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return entry;
            }
        }
        return null;
    }

    private void warn(Node node, String message) {
        Pos pos = Pos.of(node);
        warnings.add(file + ":" + pos.line() + ":" + pos.column() + ": warning: " + message);
    }
}
