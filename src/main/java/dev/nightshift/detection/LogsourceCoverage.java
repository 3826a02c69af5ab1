package dev.nightshift.detection;

import dev.nightshift.telemetry.LogSource;
import java.util.Set;

/**
 * Which rule logsources cover which event logsources: every part a rule names must be the event's, and a rule for
 * {@code registry_event} covers the registry add, delete, set and rename events.
 */
final class LogsourceCoverage {

    private static final Set<String> REGISTRY = Set.of("registry_add", "registry_delete", "registry_set",
            "registry_rename");

    private LogsourceCoverage() {
    }

    /** Whether a rule's logsource applies to an event's: every part the rule names is the event's, ignoring case. */
    static boolean covers(LogSource rule, LogSource event) {
        return part(rule.product(), event.product()) && category(rule.category(), event.category())
                && part(rule.service(), event.service());
    }

    private static boolean category(String rule, String event) {
        if (rule == null || rule.equalsIgnoreCase(event)) {
            return true;
        }
        return rule.equalsIgnoreCase("registry_event") && event != null && REGISTRY.contains(event);
    }

    private static boolean part(String rule, String event) {
        return rule == null || rule.equalsIgnoreCase(event);
    }
}
