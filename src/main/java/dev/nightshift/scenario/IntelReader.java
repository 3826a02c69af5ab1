package dev.nightshift.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code intel}: {@code coverage}, {@code stale} and {@code false_flags} for the entries generated from the
 * seeded world, and the declared {@code entries}, each an {@code indicator} with {@code verdict}, {@code source},
 * {@code confidence}, {@code first_seen} and {@code last_seen} (durations before the shift) and {@code tags}.
 */
final class IntelReader {

    private IntelReader() {
    }

    static Intel read(Problems problems, YamlMap m, Set<String> stageIds) {
        if (m == null) {
            return Intel.DEFAULT;
        }
        int before = problems.count();
        Intel d = Intel.DEFAULT;
        long coverage = orDefault(m.has("coverage") ? m.whole("coverage", false, 0, 100) : null, d.coverage());
        long stale = orDefault(m.has("stale") ? m.whole("stale", false, 0, 20) : null, d.stale());
        long falseFlags = orDefault(m.has("false_flags") ? m.whole("false_flags", false, 0, 20) : null, d.falseFlags());
        List<Intel.Entry> entries = new ArrayList<>();
        List<Node> nodes = m.has("entries") ? m.list("entries", false) : List.of();
        for (int i = 0; nodes != null && i < nodes.size(); i++) {
            YamlMap e = YamlMap.of(problems, nodes.get(i), m.child("entries") + "[" + i + "]");
            if (e != null) {
                Intel.Entry entry = entry(problems, e, stageIds);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        }
        m.rejectUnknown();
        return problems.count() > before ? d : new Intel((int) coverage, (int) stale, (int) falseFlags, entries);
    }

    private static Intel.Entry entry(Problems problems, YamlMap m, Set<String> stageIds) {
        int before = problems.count();
        String indicator = m.text("indicator", true);
        String verdict = m.text("verdict", true);
        if (verdict != null && !Intel.VERDICTS.contains(verdict)) {
            problems.at(m.value("verdict", false), m.child("verdict"),
                    "'" + verdict + "' is not one of " + String.join(", ", Intel.VERDICTS));
        }
        String source = m.text("source", true);
        Long confidence = m.whole("confidence", true, 0, 100);
        Duration first = m.duration("first_seen", true);
        Duration last = m.has("last_seen") ? m.duration("last_seen", false) : Duration.ZERO;
        List<String> tags = m.has("tags") ? m.texts("tags", false) : List.of();
        m.rejectUnknown();
        if (indicator != null && indicator.startsWith("stage:") && !stageIds.contains(indicator.substring(6))) {
            problems.at(m.value("indicator", false), m.child("indicator"), "indicator " + indicator
                    + " names no stage of the attack; use stage:<id> with one of " + String.join(", ", stageIds));
        }
        if (first != null && last != null && last.compareTo(first) > 0) {
            problems.at(m.value("last_seen", false), m.child("last_seen"), "last_seen (" + Durations.format(last)
                    + " before the shift) is earlier than first_seen (" + Durations.format(first)
                    + "); an indicator is first seen, then last seen");
        }
        if (problems.count() > before || tags == null) {
            return null;
        }
        return new Intel.Entry(indicator, verdict, source, confidence.intValue(), first, last, tags);
    }

    private static long orDefault(Long value, long fallback) {
        return value == null ? fallback : value;
    }
}
