package dev.nightshift.detection;

import dev.nightshift.telemetry.LogSource;
import java.util.Map;
import java.util.Set;

/**
 * The Sigma categories of Sysmon event ids, and which rule categories cover which event categories: a rule for
 * {@code registry_event} covers the registry add, delete, set and rename events.
 */
final class SysmonCategories {

    private static final Map<Long, String> BY_ID = Map.ofEntries(
            Map.entry(1L, "process_creation"), Map.entry(2L, "file_change"), Map.entry(3L, "network_connection"),
            Map.entry(4L, "sysmon_status"), Map.entry(5L, "process_termination"), Map.entry(6L, "driver_load"),
            Map.entry(7L, "image_load"), Map.entry(8L, "create_remote_thread"), Map.entry(9L, "raw_access_thread"),
            Map.entry(10L, "process_access"), Map.entry(11L, "file_event"), Map.entry(13L, "registry_set"),
            Map.entry(14L, "registry_rename"), Map.entry(15L, "create_stream_hash"), Map.entry(16L, "sysmon_status"),
            Map.entry(17L, "pipe_created"), Map.entry(18L, "pipe_created"), Map.entry(19L, "wmi_event"),
            Map.entry(20L, "wmi_event"), Map.entry(21L, "wmi_event"), Map.entry(22L, "dns_query"),
            Map.entry(23L, "file_delete"), Map.entry(24L, "clipboard_change"), Map.entry(25L, "process_tampering"),
            Map.entry(26L, "file_delete"), Map.entry(27L, "file_block_executable"),
            Map.entry(28L, "file_block_shredding"), Map.entry(29L, "file_executable_detected"),
            Map.entry(255L, "sysmon_error"));
    private static final Set<String> REGISTRY = Set.of("registry_add", "registry_delete", "registry_set",
            "registry_rename");

    private SysmonCategories() {
    }

    /** The category of a Sysmon event, or null for an id Sigma gives none; event 12 depends on its EventType. */
    static String of(long eventId, Object eventType) {
        if (eventId == 12) {
            String type = eventType == null ? "" : eventType.toString();
            return type.equalsIgnoreCase("CreateKey") ? "registry_add" : "registry_delete";
        }
        return BY_ID.get(eventId);
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
