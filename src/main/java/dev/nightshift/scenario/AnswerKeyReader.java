package dev.nightshift.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code answer_key}: escalations by stage and severity, containment targets by stage and entity kind. */
final class AnswerKeyReader {

    private AnswerKeyReader() {
    }

    /** The answer key, or null after recording its problems; {@code stages} holds the entity kinds of each stage id read. */
    static AnswerKey read(Problems problems, YamlMap m, Map<String, Set<EntityKind>> stages) {
        if (m == null) {
            return null;
        }
        int before = problems.count();
        List<Escalation> escalate = new ArrayList<>();
        List<ContainTarget> contain = new ArrayList<>();
        List<Node> escalations = m.has("escalate") ? m.list("escalate", false) : List.of();
        List<Node> containments = m.has("contain") ? m.list("contain", false) : List.of();
        for (int i = 0; escalations != null && i < escalations.size(); i++) {
            YamlMap e = YamlMap.of(problems, escalations.get(i), m.child("escalate") + "[" + i + "]");
            if (e == null) {
                continue;
            }
            String stage = stage(problems, e, stages);
            String severity = e.text("severity", true);
            if (severity != null && !Escalation.SEVERITIES.contains(severity)) {
                problems.at(e.value("severity", false), e.child("severity"),
                        "'" + severity + "' is not a severity; use low, medium, high or critical");
            } else if (stage != null && severity != null) {
                escalate.add(new Escalation(stage, severity));
            }
            e.rejectUnknown();
        }
        for (int i = 0; containments != null && i < containments.size(); i++) {
            YamlMap c = YamlMap.of(problems, containments.get(i), m.child("contain") + "[" + i + "]");
            if (c == null) {
                continue;
            }
            String stage = stage(problems, c, stages);
            String word = c.text("entity", true);
            Optional<EntityKind> kind = Optional.ofNullable(word).flatMap(EntityKind::parse);
            if (word != null && kind.isEmpty()) {
                problems.at(c.value("entity", false), c.child("entity"), "unknown entity kind '" + word + "'; use host, user or ip");
            } else if (stage != null && kind.isPresent()) {
                if (stages.get(stage).contains(kind.get())) {
                    contain.add(new ContainTarget(stage, kind.get()));
                } else {
                    problems.at(c.value("entity", false), c.child("entity"), "stage '" + stage + "' has no " + word);
                }
            }
            c.rejectUnknown();
        }
        m.rejectUnknown();
        return problems.count() > before ? null : new AnswerKey(escalate, contain);
    }

    private static String stage(Problems problems, YamlMap m, Map<String, Set<EntityKind>> stages) {
        String id = m.text("stage", true);
        if (id == null) {
            return null;
        }
        if (!stages.containsKey(id)) {
            problems.at(m.value("stage", false), m.child("stage"), "no stage '" + id + "' in this scenario");
            return null;
        }
        return id;
    }
}
