package dev.nightshift.scenario;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a stage's {@code on_contained} mapping: per entity kind (ip or user) that stops the stage, {@code after}
 * (how long the attacker takes to come back) and {@code times} (how often it does, 1 unless given).
 */
final class ReactionReader {

    private ReactionReader() {
    }

    static Map<EntityKind, Reaction> read(Problems problems, YamlMap m, Set<EntityKind> stoppedBy, boolean spreads) {
        if (m == null) {
            return Map.of();
        }
        Map<EntityKind, Reaction> out = new EnumMap<>(EntityKind.class);
        int before = problems.count();
        for (String key : m.keys().keySet()) {
            var kind = EntityKind.parse(key);
            if (kind.isEmpty() || kind.get() == EntityKind.HOST) {
                problems.at(m.keys().get(key), m.child(key), "the attacker comes back with another ip or user, not a '"
                        + key + "'; use ip or user (a host it reaches is a spread)");
                continue;
            }
            if (stoppedBy != null && !stoppedBy.contains(kind.get())) {
                problems.at(m.keys().get(key), m.child(key), "on_contained." + key + " needs " + key
                        + " under stopped_by: only a containment that stops the stage can make the attacker react");
                continue;
            }
            YamlMap r = m.map(key, false);
            if (r == null) {
                continue;
            }
            Duration after = r.duration("after", true);
            if (after != null && after.isZero()) {
                problems.at(r.value("after", false), r.child("after"), "after must be longer than zero");
            }
            Long times = r.has("times") ? r.whole("times", false, 1, 10) : Long.valueOf(1);
            r.rejectUnknown();
            if (after != null && !after.isZero() && times != null) {
                out.put(kind.get(), new Reaction(after, times.intValue()));
            }
        }
        if (spreads && !out.isEmpty()) {
            problems.at(m.node(), m.path(), "a stage that spreads is contained host by host; on_contained goes on a"
                    + " stage that does not spread");
        }
        return problems.count() > before ? null : Collections.unmodifiableMap(out);
    }
}
