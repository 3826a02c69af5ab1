package dev.nightshift.logs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads Elastic Common Schema documents back into the native records Sigma rules are written for. A document that
 * keeps its native record in {@code event.original} as a JSON object (nightshift's {@code generate --format ecs},
 * ingest pipelines that preserve the original) is that record. A Winlogbeat or Elastic Agent Windows document
 * becomes a Windows record: {@code winlog.channel}, {@code winlog.event_id}, {@code winlog.provider_name},
 * {@code winlog.computer_name}, {@code winlog.record_id} as {@code Channel}, {@code EventID}, {@code Provider_Name},
 * {@code Computer}, {@code EventRecordID}, with every {@code winlog.event_data} and {@code winlog.user_data} value by
 * its name. Any other document stays as it is, its nested objects read through dotted field names.
 */
final class EcsDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> RECORD = new TypeReference<>() {
    };

    private EcsDocuments() {
    }

    /** Whether the document looks like ECS: it has {@code winlog}, or {@code event} and {@code ecs} parts. */
    static boolean looksLikeEcs(Map<String, Object> doc) {
        return get(doc, "winlog") instanceof Map || get(doc, "winlog.channel") != null
                || (get(doc, "ecs.version") != null && get(doc, "event") != null);
    }

    static Map<String, Object> flatten(Map<String, Object> doc) {
        if (get(doc, "event.original") instanceof String original && original.startsWith("{")) {
            try {
                Map<String, Object> native_ = MAPPER.readValue(original, RECORD);
                if (native_.get("logsource") instanceof Map || native_.containsKey("EventID")
                        || native_.containsKey("eventName")) {
                    return native_;
                }
            } catch (java.io.IOException notJson) {
                // an original that is not a JSON record: read the document's own fields instead
            }
        }
        if (get(doc, "winlog.channel") == null && get(doc, "winlog.event_id") == null) {
            return doc;
        }
        Map<String, Object> record = new LinkedHashMap<>();
        WindowsEvents.put(record, "@timestamp", get(doc, "@timestamp"));
        WindowsEvents.put(record, "Channel", get(doc, "winlog.channel"));
        WindowsEvents.put(record, "EventID", WindowsEvents.number(get(doc, "winlog.event_id")));
        WindowsEvents.put(record, "Provider_Name", get(doc, "winlog.provider_name"));
        WindowsEvents.put(record, "Computer", get(doc, "winlog.computer_name"));
        WindowsEvents.put(record, "EventRecordID", get(doc, "winlog.record_id"));
        WindowsEvents.put(record, "Hostname", get(doc, "host.name"));
        for (String part : new String[] {"winlog.event_data", "winlog.user_data"}) {
            if (get(doc, part) instanceof Map<?, ?> data) {
                data.forEach((key, value) -> WindowsEvents.put(record, key.toString(), value));
            }
        }
        return record;
    }

    /** A value by dotted path: the flat key first (exports that flatten), then through nested objects. */
    static Object get(Map<String, Object> doc, String path) {
        Object flat = doc.get(path);
        if (flat != null) {
            return flat;
        }
        Object current = doc;
        for (String step : path.split("\\.")) {
            current = current instanceof Map<?, ?> map ? map.get(step) : null;
            if (current == null) {
                return null;
            }
        }
        return current;
    }
}
