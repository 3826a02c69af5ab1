package dev.nightshift.scenario;

import dev.nightshift.attack.AttackCatalogue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code attack.stages}: each stage's technique, timing, entities, emissions and what stops it. */
final class StageReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Problems problems;
    /** Stages read so far, by id, with the entity kinds each names: what later stages may refer to. */
    private final Map<String, Set<EntityKind>> earlier = new LinkedHashMap<>();
    private final Set<String> allIds;
    private final Map<String, Node> timingNodes = new HashMap<>();
    private final Map<String, String> paths = new HashMap<>();
    private final Map<String, StageTiming> timings = new LinkedHashMap<>();
    /** The organisation read before the attack, or null when it could not be read: which server roles exist. */
    private Organisation organisation;

    private StageReader(Problems problems, Set<String> allIds) {
        this.problems = problems;
        this.allIds = allIds;
    }

    /**
     * The stages read, null when any is wrong (every problem is recorded), with the entity kinds of every stage
     * whose id could be read, so that the answer key can still be checked against a broken attack.
     */
    record Result(List<Stage> stages, Map<String, Set<EntityKind>> kinds) {
    }

    /** Reads the stages; {@code duration} (null when unreadable) bounds when a stage may start. */
    static Result read(Problems problems, YamlMap attack, Duration duration, Organisation organisation) {
        List<Node> items = attack.list("stages", true);
        if (items == null) {
            return new Result(null, Map.of());
        }
        String path = attack.child("stages");
        if (items.isEmpty()) {
            return new Result(List.of(), Map.of());
        }
        Set<String> ids = items.stream().map(n -> YamlMap.of(new Problems(problems.file()), n, ""))
                .filter(m -> m != null && m.has("id")).map(m -> m.value("id", false))
                .map(StageReader::rawText).collect(Collectors.toSet());
        StageReader reader = new StageReader(problems, ids);
        reader.organisation = organisation;
        List<Stage> stages = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            Stage stage = reader.stage(items.get(i), path + "[" + i + "]");
            ok &= stage != null;
            stages.add(stage);
        }
        ok &= reader.checkAfterChains(duration);
        return new Result(ok ? stages : null, reader.earlier);
    }

    /** Reports cycles in {@code after} and stages whose earliest start is at or past the end of the shift. */
    private boolean checkAfterChains(Duration duration) {
        boolean ok = true;
        Set<String> reported = new HashSet<>();
        for (Map.Entry<String, StageTiming> s : timings.entrySet()) {
            List<String> chain = new ArrayList<>();
            String cur = s.getKey();
            Duration earliest = Duration.ZERO;
            boolean known = true;
            while (cur != null && !chain.contains(cur)) {
                chain.add(cur);
                StageTiming t = timings.get(cur);
                if (t == null) {
                    known = false;
                    break;
                }
                earliest = earliest.plus(t.isAfter() ? t.delay() : t.at()).minus(t.jitter());
                cur = t.isAfter() ? t.after() : null;
            }
            if (!known) {
                continue;
            }
            String id = s.getKey();
            if (cur != null) {
                List<String> cycle = chain.subList(chain.indexOf(cur), chain.size());
                if (reported.add(String.join(",", cycle.stream().sorted().toList()))) {
                    List<String> shown = new ArrayList<>(cycle);
                    shown.add(shown.get(0));
                    problems.at(timingNodes.get(id), paths.get(id) + ".after",
                            "stages wait for each other in a cycle: " + String.join(" after ", shown));
                }
                ok = false;
            } else if (duration != null && earliest.compareTo(duration) >= 0) {
                problems.at(timingNodes.get(id), paths.get(id) + (s.getValue().isAfter() ? ".delay" : ".at"),
                        "this stage starts " + Durations.format(earliest) + " or more after the start, but the scenario lasts only "
                                + Durations.format(duration));
                ok = false;
            }
        }
        return ok;
    }

    private Stage stage(Node node, String path) {
        YamlMap m = YamlMap.of(problems, node, path);
        if (m == null) {
            return null;
        }
        int before = problems.count();
        String id = m.text("id", true);
        if (id != null && !ID.matcher(id).matches()) {
            problems.at(m.value("id", false), m.child("id"), "stage ids are lower-case letters, digits and '-', got '" + id + "'");
        } else if (id != null && earlier.containsKey(id)) {
            problems.at(m.value("id", false), m.child("id"), "duplicate stage id '" + id + "'");
        }
        String technique = technique(m);
        StageTiming timing = timing(m);
        if (id != null && timing != null) {
            timings.putIfAbsent(id, timing);
        }
        if (id != null) {
            Node timingNode = m.has("delay") ? m.value("delay", false) : m.has("at") ? m.value("at", false) : m.value("after", false);
            timingNodes.putIfAbsent(id, timingNode == null ? node : timingNode);
            paths.putIfAbsent(id, path);
        }
        Map<EntityKind, EntityRef> actor = entityReader().entities(m, "actor");
        Map<EntityKind, EntityRef> target = entityReader().entities(m, "target");
        YamlMap emitsMap = m.has("emits") ? m.map("emits", false) : null;
        StageAction emits = m.has("emits") && emitsMap == null ? null
                : StageActionReader.read(problems, emitsMap, technique, node, path);
        Set<EntityKind> stoppedBy = stoppedBy(m);
        Spread spread = SpreadReader.read(problems, m.has("spread") ? m.map("spread", false) : null);
        Map<EntityKind, Reaction> onContained = ReactionReader.read(problems,
                m.has("on_contained") ? m.map("on_contained", false) : null, stoppedBy, m.has("spread"));
        m.rejectUnknown();
        Map<EntityKind, EntityRef> all = new EnumMap<>(EntityKind.class);
        if (actor != null && target != null) {
            all.putAll(actor);
            for (EntityKind kind : target.keySet()) {
                if (all.containsKey(kind)) {
                    problems.at(m.value("target", false), m.child("target." + kind.word()),
                            "the " + kind.word() + " is already named under actor; a stage has one " + kind.word());
                }
            }
            all.putAll(target);
            if (emits != null) {
                for (EntityKind kind : emits.needs()) {
                    if (!all.containsKey(kind)) {
                        problems.at(node, path, "a " + emits.kind() + " stage needs a " + kind.word() + " under actor or target");
                    }
                }
            }
            if (spread != null && !all.containsKey(EntityKind.HOST)) {
                problems.at(m.value("spread", false), m.child("spread"), "a stage that spreads needs a host under target");
            }
            if (stoppedBy != null) {
                for (EntityKind kind : stoppedBy) {
                    if (!all.containsKey(kind)) {
                        problems.at(m.value("stopped_by", false), m.child("stopped_by"),
                                "stopped_by names a " + kind.word() + ", but this stage has no " + kind.word());
                    }
                }
            }
        }
        if (id != null) {
            earlier.putIfAbsent(id, actor != null && target != null ? all.keySet() : entityReader().namedKinds(m));
        }
        if (problems.count() > before) {
            return null;
        }
        return new Stage(id, technique, timing, actor, target, emits, stoppedBy, spread, onContained);
    }

    private String technique(YamlMap m) {
        String technique = m.text("technique", true);
        if (technique == null) {
            return null;
        }
        var found = AttackCatalogue.enterprise().technique(technique);
        if (found.isEmpty()) {
            String why = AttackCatalogue.isTechniqueId(technique.toUpperCase()) ? "unknown ATT&CK technique '"
                    : "not an ATT&CK technique id (T1234 or T1234.001): '";
            problems.at(m.value("technique", false), m.child("technique"), why + technique + "'");
            return null;
        }
        return found.get().id();
    }

    private StageTiming timing(YamlMap m) {
        Duration at = m.duration("at", false);
        String after = m.text("after", false);
        Duration delay = m.duration("delay", false);
        Duration jitter = m.duration("jitter", false);
        if (m.has("at") && m.has("after")) {
            problems.at(m.value("after", false), m.child("after"), "a stage starts either 'at' an offset or 'after' another stage, not both");
            return null;
        }
        if (!m.has("at") && !m.has("after")) {
            problems.at(m.node(), m.child("at"), "missing 'at' or 'after': when does this stage start?");
            return null;
        }
        if (m.has("at") && m.has("delay")) {
            problems.at(m.value("delay", false), m.child("delay"), "'delay' goes with 'after'; with 'at' put the offset in 'at'");
            return null;
        }
        if (after != null && !allIds.contains(after)) {
            problems.at(m.value("after", false), m.child("after"), "no stage '" + after + "' in this scenario");
            return null;
        }
        if (at == null && after == null) {
            return null;
        }
        return after != null ? StageTiming.after(after, delay, jitter) : StageTiming.at(at, jitter);
    }

    private StageEntityReader entityReader() {
        return new StageEntityReader(problems, earlier, organisation);
    }

    private Set<EntityKind> stoppedBy(YamlMap m) {
        List<String> words = m.texts("stopped_by", false);
        Set<EntityKind> out = EnumSet.noneOf(EntityKind.class);
        if (words == null) {
            return m.has("stopped_by") ? null : out;
        }
        boolean ok = true;
        for (int i = 0; i < words.size(); i++) {
            var kind = EntityKind.parse(words.get(i));
            if (kind.isEmpty()) {
                Node item = ((org.yaml.snakeyaml.nodes.SequenceNode) m.value("stopped_by", false)).getValue().get(i);
                problems.at(item, m.child("stopped_by") + "[" + i + "]", "unknown entity kind '" + words.get(i) + "'; use host, user or ip");
                ok = false;
            } else {
                out.add(kind.get());
            }
        }
        return ok ? out : null;
    }

    private static String rawText(Node node) {
        return node instanceof org.yaml.snakeyaml.nodes.ScalarNode s ? s.getValue().strip() : "";
    }
}
