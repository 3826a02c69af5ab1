package dev.nightshift.scenario;

import dev.nightshift.world.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code answer_key}: escalations by stage and severity, containment targets by stage and entity kind. */
final class AnswerKeyReader {

    private AnswerKeyReader() {
    }

    /** The answer key, or null after recording its problems; {@code stages} is null when the stages had errors. */
    static AnswerKey read(Problems problems, YamlMap m, List<Stage> stages) {
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
            Stage stage = stage(problems, e, stages);
            String severity = e.text("severity", true);
            if (severity != null && !Escalation.SEVERITIES.contains(severity)) {
                problems.at(e.value("severity", false), e.child("severity"),
                        "'" + severity + "' is not a severity; use low, medium, high or critical");
            } else if (stage != null && severity != null) {
                escalate.add(new Escalation(stage.id(), severity));
            }
            e.rejectUnknown();
        }
        for (int i = 0; containments != null && i < containments.size(); i++) {
            YamlMap c = YamlMap.of(problems, containments.get(i), m.child("contain") + "[" + i + "]");
            if (c == null) {
                continue;
            }
            Stage stage = stage(problems, c, stages);
            String word = c.text("entity", true);
            Optional<EntityKind> kind = Optional.ofNullable(word).flatMap(EntityKind::parse);
            if (word != null && kind.isEmpty()) {
                problems.at(c.value("entity", false), c.child("entity"), "unknown entity kind '" + word + "'; use host, user or ip");
            } else if (stage != null && kind.isPresent()) {
                if (stage.entities().containsKey(kind.get())) {
                    contain.add(new ContainTarget(stage.id(), kind.get()));
                } else {
                    problems.at(c.value("entity", false), c.child("entity"), "stage '" + stage.id() + "' has no " + word);
                }
            }
            c.rejectUnknown();
        }
        m.rejectUnknown();
        return problems.count() > before ? null : new AnswerKey(escalate, contain);
    }

    private static Stage stage(Problems problems, YamlMap m, List<Stage> stages) {
        String id = m.text("stage", true);
        if (id == null || stages == null) {
            return null;
        }
        Optional<Stage> stage = stages.stream().filter(s -> s.id().equals(id)).findFirst();
        if (stage.isEmpty()) {
            problems.at(m.value("stage", false), m.child("stage"), "no stage '" + id + "' in this scenario");
            return null;
        }
        return stage.get();
    }
}
