package dev.nightshift.scenario;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a stage's {@code emits} mapping into a {@link StageAction}: the emitter kind (or the technique's default
 * emitter when the kind is left out) and the parameters that kind accepts, each checked against its type and range.
 */
final class StageActionReader {

    private StageActionReader() {
    }

    /** The action, or null after recording its problems; {@code technique} may be null when it could not be read. */
    static StageAction read(Problems problems, YamlMap m, String technique, Node stage, String stagePath) {
        String kind = m != null && m.has("kind") ? m.text("kind", false) : null;
        if (m != null && m.has("kind") && kind == null) {
            m.rejectUnknown();
            return null;
        }
        if (kind == null) {
            if (technique == null) {
                return null;
            }
            kind = Vocabulary.defaultEmitter(technique).orElse(null);
            if (kind == null) {
                problems.at(m == null ? stage : m.node(), m == null ? stagePath + ".emits" : m.child("kind"),
                        "technique " + technique + " has no default emitter; name one under emits.kind ("
                                + String.join(", ", Vocabulary.emitters().keySet()) + ")");
                if (m != null) {
                    m.rejectUnknown();
                }
                return null;
            }
        }
        EmitterSpec spec = Vocabulary.emitter(kind).orElse(null);
        if (spec == null) {
            problems.at(m.value("kind", false), m.child("kind"),
                    "unknown emitter kind '" + kind + "'; use one of " + String.join(", ", Vocabulary.emitters().keySet()));
            m.rejectUnknown();
            return null;
        }
        if (m == null) {
            return StageAction.of(kind);
        }
        int before = problems.count();
        Map<String, Object> params = new LinkedHashMap<>();
        for (Param p : spec.params()) {
            if (!m.has(p.name())) {
                if (p.required()) {
                    m.value(p.name(), true);
                }
                continue;
            }
            Object value = value(m, p);
            if (value != null) {
                params.put(p.name(), value);
            }
        }
        spec.params().forEach(p -> m.has(p.name()));
        m.rejectUnknown();
        return problems.count() > before ? null : new StageAction(kind, params);
    }

    private static Object value(YamlMap m, Param p) {
        Node node = m.value(p.name(), false);
        String path = m.child(p.name());
        return switch (p.type()) {
            case INT -> {
                Long n = YamlValues.whole(m.problems(), node, path, p.min(), p.max());
                if (n != null && p.name().equals("logon_type") && n != 3 && n != 10) {
                    m.problems().at(node, path, "logon_type must be 3 (network) or 10 (remote interactive), got " + n);
                    yield null;
                }
                yield n;
            }
            case DURATION -> {
                Duration d = YamlValues.duration(m.problems(), node, path);
                if (d != null && d.isZero()) {
                    m.problems().at(node, path, p.name() + " must be longer than zero");
                    yield null;
                }
                yield d;
            }
            case TEXT -> YamlValues.text(m.problems(), node, path);
        };
    }
}
