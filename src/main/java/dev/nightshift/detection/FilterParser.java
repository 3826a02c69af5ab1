package dev.nightshift.detection;

import dev.nightshift.telemetry.LogSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a Sigma filter document ({@code filter: {rules: [...], <searches>, condition}}) with its accountability
 * fields: {@code owner}, {@code reason} and {@code expires} (a date, meaning through the end of that day in UTC,
 * or an instant).
 */
final class FilterParser {

    private final Problems problems;
    private final Map<String, List<String>> placeholders;

    FilterParser(Problems problems, Map<String, List<String>> placeholders) {
        this.problems = problems;
        this.placeholders = placeholders;
    }

    /** The filter, or null when it has errors (all of which are reported). */
    ParsedFilter parse(Map<String, NodeTuple> document, NodeTuple filterEntry, String id, String title,
                       LogSource logsource, String file, int line) {
        int before = problems.count();
        if (!(filterEntry.getValueNode() instanceof MappingNode map)) {
            problems.add(Pos.of(filterEntry.getValueNode()), "'filter' must be a mapping of rules, searches and a condition");
            return null;
        }
        Map<String, NodeTuple> entries = Nodes.entries(map, problems);
        List<CorrelationSpec.Reference> references = new ArrayList<>();
        NodeTuple rules = entries.get("rules");
        if (rules == null) {
            problems.add(Pos.of(map), "the filter has no 'rules' naming the rules it applies to");
        } else {
            List<Node> items = rules.getValueNode() instanceof SequenceNode seq ? seq.getValue()
                    : List.of(rules.getValueNode());
            for (Node item : items) {
                try {
                    references.add(new CorrelationSpec.Reference(Nodes.text(item, "each rule reference"), Pos.of(item)));
                } catch (RuleException e) {
                    problems.add(e.pos(), e.getMessage());
                }
            }
            if (items.isEmpty()) {
                problems.add(Pos.of(rules.getValueNode()), "'rules' must name at least one rule");
            }
        }
        Detection detection = new DetectionParser(problems, placeholders, true).parse(map);
        String owner = text(document, "owner");
        String reason = text(document, "reason");
        Instant expires = expires(document.get("expires"));
        if (problems.count() > before || detection == null) {
            return null;
        }
        SigmaFilter filter = new SigmaFilter(file, line, id, title, logsource,
                references.stream().map(CorrelationSpec.Reference::name).toList(), owner, reason, expires);
        return new ParsedFilter(filter, detection, references);
    }

    private String text(Map<String, NodeTuple> document, String key) {
        return Nodes.optionalText(document, key, problems);
    }

    private Instant expires(NodeTuple tuple) {
        if (tuple == null || Nodes.isNull(tuple.getValueNode())) {
            return null;
        }
        String text;
        try {
            text = Nodes.text(tuple.getValueNode(), "'expires'").trim();
        } catch (RuleException e) {
            problems.add(e.pos(), e.getMessage());
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(Pos.of(tuple.getValueNode()), "'expires' must be a date such as 2026-12-31 or an instant "
                    + "such as 2026-12-31T18:00:00Z, not '" + text + "'");
            return null;
        }
    }
}
