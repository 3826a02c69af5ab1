package dev.nightshift.shell;

import dev.nightshift.telemetry.Event;
import dev.nightshift.world.Enrichment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The context lines shown beside events: each host, user and address they name, once, with what the organisation knows of it. */
final class EntityContext {

    static final int SHOWN = 12;

    private EntityContext() {
    }

    /** {@code field=value  annotation} per distinct value of {@code events}, at most {@link #SHOWN}, then how many more. */
    static List<String> lines(Enrichment enrichment, List<Event> events) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.host() != null) {
                add(seen, enrichment, "host", e.host());
            }
            e.fields().forEach((name, value) -> {
                if (value instanceof String s) {
                    add(seen, enrichment, name, s);
                }
            });
        }
        List<String> out = new ArrayList<>();
        seen.values().stream().filter(v -> !v.isEmpty()).limit(SHOWN).forEach(out::add);
        long more = seen.values().stream().filter(v -> !v.isEmpty()).count() - SHOWN;
        if (more > 0) {
            out.add("... and " + more + " more ('whois host|user|ip <name>' shows any of them)");
        }
        return out;
    }

    private static void add(Map<String, String> seen, Enrichment enrichment, String field, String value) {
        String key = value.trim().toLowerCase(Locale.ROOT);
        if (key.isEmpty() || seen.containsKey(key)) {
            return;
        }
        String annotation = enrichment.annotate(field, value).orElse("");
        boolean repeat = !annotation.isEmpty() && seen.values().stream().anyMatch(v -> v.endsWith("  " + annotation));
        seen.put(key, annotation.isEmpty() || repeat ? "" : field + "=" + value.trim() + "  " + annotation);
    }
}
