package dev.nightshift.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code playbook}: per rule, when its alerts are an attack, what to contain, how to escalate, the bulk filter. */
final class PlaybookReader {

    private PlaybookReader() {
    }

    static List<Play> read(Problems problems, YamlMap top) {
        if (!top.has("playbook")) {
            return List.of();
        }
        List<Node> entries = top.list("playbook", false);
        List<Play> plays = new ArrayList<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            YamlMap m = YamlMap.of(problems, entries.get(i), top.child("playbook") + "[" + i + "]");
            if (m == null) {
                continue;
            }
            String rule = m.text("rule", true);
            String attackWhen = m.has("attack_when") ? m.text("attack_when", false) : null;
            String benignWhere = m.has("benign_where") ? m.text("benign_where", false) : null;
            String escalate = m.has("escalate") ? m.text("escalate", false) : null;
            if (escalate != null && !Escalation.SEVERITIES.contains(escalate)) {
                problems.at(m.value("escalate", false), m.child("escalate"),
                        "'" + escalate + "' is not a severity; use low, medium, high or critical");
            }
            Map<EntityKind, String> contain = new EnumMap<>(EntityKind.class);
            YamlMap c = m.has("contain") ? m.map("contain", false) : null;
            if (c != null) {
                for (String word : c.keys().keySet()) {
                    Optional<EntityKind> kind = EntityKind.parse(word);
                    String field = c.text(word, false);
                    if (kind.isEmpty()) {
                        problems.at(c.value(word, false), c.child(word), "unknown entity kind '" + word + "'; use host, user or ip");
                    } else if (field != null) {
                        contain.put(kind.get(), field);
                    }
                }
            }
            m.rejectUnknown();
            if (rule != null) {
                plays.add(new Play(rule, attackWhen, benignWhere, contain, escalate));
            }
        }
        return plays;
    }
}
