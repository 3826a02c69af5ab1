package dev.nightshift.engineer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * How broad an exclusion is. A precise exclusion names what was done (a program, a command line, a query, an
 * object) or one address (a known VPN exit, a scanner); a broad one leaves out everything of a whole host, user or
 * subnet, or anything at all ({@code *}), and blinds the rule to an attacker who works from there.
 */
public record Breadth(boolean broad, String why) {

    static final Breadth PRECISE = new Breadth(false, null);

    private static final Pattern HOST = Pattern.compile("(?i)(computer|computername|host|hostname|dvc|device.*|"
            + "workstation.*|machine.*|s-computername)");
    private static final Pattern USER = Pattern.compile("(?i)(.*user|.*username|.*account.*|.*principal.*|upn|"
            + ".*identity.*|arn|(target|subject|member)sid)");
    private static final Pattern ADDRESS = Pattern.compile("(?i)(.*(ip|ipaddress|address|addr)|src|dst|c-ip|s-ip|"
            + "client|source|destination)");

    /** Judges the filter document's searches: broad when every field names an entity, or a value is just {@code *}. */
    static Breadth of(String document) {
        MappingNode root = document.isBlank() ? null : RuleText.root(document);
        Node filter = root == null ? null : RuleText.value(root, "filter");
        if (!(filter instanceof MappingNode f)) {
            return PRECISE;
        }
        List<String[]> terms = new ArrayList<>();
        for (NodeTuple t : f.getValue()) {
            String name = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            if (!name.equals("rules") && !name.equals("condition")) {
                collect(t.getValueNode(), terms);
            }
        }
        return judge(terms);
    }

    /** Judges a list of terms the same way. */
    static Breadth ofTerms(List<Term> terms) {
        return judge(terms.stream().map(t -> new String[] {t.bareField(), t.value()}).toList());
    }

    private static Breadth judge(List<String[]> terms) {
        if (terms.isEmpty()) {
            return new Breadth(true, "it names no field, so it leaves out everything");
        }
        for (String[] t : terms) {
            if (t[1].replace("*", "").isBlank()) {
                return new Breadth(true, t[0] + "=" + t[1] + " matches anything");
            }
        }
        List<String> kinds = new ArrayList<>();
        for (String[] t : terms) {
            String kind = kind(t[0], t[1]);
            // one address is as narrow as a known VPN exit or scanner; a whole host, user or subnet is not
            if (kind == null || kind.equals("address")) {
                return PRECISE;
            }
            kinds.add(kind + " " + t[1]);
        }
        return new Breadth(true, "it leaves out everything of " + String.join(" and ", kinds));
    }

    /** The entity a field names: host, user or address (a subnet when the value has a wildcard or a mask). */
    static String kind(String field, String value) {
        String f = field.contains("|") ? field.substring(0, field.indexOf('|')) : field;
        String last = f.contains(".") ? f.substring(f.lastIndexOf('.') + 1) : f;
        if (HOST.matcher(last).matches()) {
            return "host";
        }
        if (ADDRESS.matcher(last).matches() && !last.toLowerCase(Locale.ROOT).contains("zip")) {
            return value.contains("*") || value.contains("/") || field.contains("|cidr") ? "subnet" : "address";
        }
        if (USER.matcher(last).matches()) {
            return "user";
        }
        return null;
    }

    private static void collect(Node node, List<String[]> terms) {
        if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(n -> collect(n, terms));
        } else if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                String field = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                Node v = t.getValueNode();
                if (v instanceof ScalarNode s) {
                    terms.add(new String[] {field, s.getValue()});
                } else if (v instanceof SequenceNode values) {
                    for (Node item : values.getValue()) {
                        terms.add(new String[] {field, item instanceof ScalarNode s ? s.getValue() : "?"});
                    }
                }
            }
        } else if (node instanceof ScalarNode keyword) {
            terms.add(new String[] {"keyword", keyword.getValue()});
        }
    }
}
