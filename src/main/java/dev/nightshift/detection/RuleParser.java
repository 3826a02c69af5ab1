package dev.nightshift.detection;

import dev.nightshift.telemetry.LogSource;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Reads one rule file, which may hold several YAML documents, into rules, reporting every problem it finds. */
final class RuleParser {

    private static final Set<String> LEVELS = Set.of("informational", "low", "medium", "high", "critical");

    private final SigmaSource source;
    private final Problems problems;
    private final Map<String, List<String>> placeholders;
    private final List<ParsedFilter> filters = new ArrayList<>();

    RuleParser(SigmaSource source, Problems problems, Map<String, List<String>> placeholders) {
        this.source = source;
        this.problems = problems;
        this.placeholders = placeholders;
    }

    List<ParsedRule> parse() {
        List<ParsedRule> rules = new ArrayList<>();
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(100);
        int document = 0;
        try {
            for (Node node : new Yaml(options).composeAll(new StringReader(source.text()))) {
                document++;
                if (node == null || Nodes.isNull(node)) {
                    continue;
                }
                ParsedRule rule = document(node, document);
                if (rule != null) {
                    rules.add(rule);
                }
            }
        } catch (MarkedYAMLException e) {
            Pos pos = Pos.of(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark());
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(pos, "YAML syntax error: " + firstLine(problem));
        } catch (RuntimeException e) {
            problems.add(Pos.START, "the file cannot be read as YAML: " + firstLine(String.valueOf(e.getMessage())));
        }
        return rules;
    }

    /** The filter documents of the file, once {@link #parse()} has run. */
    List<ParsedFilter> filters() {
        return filters;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private ParsedRule document(Node node, int document) {
        if (!(node instanceof MappingNode map)) {
            problems.add(Pos.of(node), "a rule must be a YAML mapping with a title and a detection or correlation");
            return null;
        }
        int before = problems.count();
        Map<String, NodeTuple> entries = Nodes.entries(map, problems);
        String title = text(entries, "title");
        if (title == null && (!entries.containsKey("title") || Nodes.isNull(entries.get("title").getValueNode()))) {
            problems.add(Pos.of(map), "the rule has no 'title'");
        }
        String id = text(entries, "id");
        String name = text(entries, "name");
        String level = text(entries, "level");
        if (level != null && !LEVELS.contains(level.toLowerCase(Locale.ROOT))) {
            problems.add(Pos.of(entries.get("level").getValueNode()),
                    "unknown level '" + level + "'; expected informational, low, medium, high or critical");
        }
        List<String> tags = List.of();
        if (entries.containsKey("tags")) {
            try {
                tags = Nodes.texts(entries.get("tags").getValueNode(), "'tags'");
            } catch (RuleException e) {
                problems.add(e.pos(), e.getMessage());
            }
        }
        LogSource logsource = logsource(entries.get("logsource"));
        Detection detection = null;
        CorrelationSpec correlation = null;
        NodeTuple detectionEntry = entries.get("detection");
        NodeTuple correlationEntry = entries.get("correlation");
        if (entries.containsKey("filter")) {
            if (detectionEntry != null || correlationEntry != null) {
                problems.add(Pos.of(entries.get("filter").getKeyNode()),
                        "a filter document has no 'detection' or 'correlation' of its own");
                return null;
            }
            String filterId = id != null ? id : name != null ? name : source.file() + "#" + document;
            ParsedFilter filter = new FilterParser(problems, placeholders).parse(entries, entries.get("filter"),
                    filterId, title == null ? "" : title, logsource, source.file(), Pos.of(map).line());
            if (filter != null && problems.count() == before) {
                filters.add(filter);
            }
            return null;
        } else if (detectionEntry != null && correlationEntry != null) {
            problems.add(Pos.of(correlationEntry.getKeyNode()), "a rule has either 'detection' or 'correlation', not both");
        } else if (correlationEntry != null) {
            NodeTuple generate = entries.get("generate");
            correlation = new CorrelationParser(problems)
                    .parse(correlationEntry.getValueNode(), generate == null ? null : generate.getValueNode());
        } else if (detectionEntry != null) {
            detection = new DetectionParser(problems, placeholders).parse(detectionEntry.getValueNode());
        } else {
            problems.add(Pos.of(map), "the rule has no 'detection' (nor a 'correlation')");
        }
        if (problems.count() > before) {
            return null;
        }
        String ruleId = id != null ? id : name != null ? name : source.file() + "#" + document;
        RuleKind kind = correlation != null ? RuleKind.CORRELATION : RuleKind.DETECTION;
        SigmaRule rule = new SigmaRule(source.file(), Pos.of(map).line(), kind, ruleId, name, title,
                orEmpty(text(entries, "status")), orEmpty(text(entries, "description")),
                orEmpty(text(entries, "author")), level == null ? "medium" : level.toLowerCase(Locale.ROOT),
                tags, correlation != null ? new LogSource(null, null, null) : logsource);
        return new ParsedRule(rule, Pos.of(map), detection, correlation);
    }

    private String text(Map<String, NodeTuple> entries, String key) {
        return Nodes.optionalText(entries, key, problems);
    }

    private LogSource logsource(NodeTuple entry) {
        if (entry == null) {
            return new LogSource(null, null, null);
        }
        if (!(entry.getValueNode() instanceof MappingNode map)) {
            problems.add(Pos.of(entry.getValueNode()), "'logsource' must be a mapping of product, category and service");
            return new LogSource(null, null, null);
        }
        Map<String, NodeTuple> parts = Nodes.entries(map, problems);
        return new LogSource(text(parts, "product"), text(parts, "category"), text(parts, "service"));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
