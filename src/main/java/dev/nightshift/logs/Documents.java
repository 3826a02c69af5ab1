package dev.nightshift.logs;

import java.util.List;
import java.util.Map;

/**
 * Turns one parsed JSON document into the records it holds, by its shape or by the format the user named: a
 * CloudTrail file's {@code Records}, an evtx_dump {@code Event}, an ECS document, or a flat record.
 */
final class Documents {

    private Documents() {
    }

    /** The document's records; a problem message instead when it does not have the shape of a forced format. */
    static Object records(Map<String, Object> doc, LogFormat format) {
        return switch (format) {
            case AUTO -> auto(doc);
            case JSONL -> List.of(doc);
            case CLOUDTRAIL -> doc.get("Records") instanceof List<?> list ? maps(list)
                    : doc.containsKey("eventName") ? List.of(doc)
                    : "not a CloudTrail file: no \"Records\" list and no eventName";
            case EVTX_JSON -> {
                Map<String, Object> flat = WindowsEvents.flatten(doc.get("Event"));
                yield flat != null ? List.of(flat) : "not an evtx JSON event: no Event.System object";
            }
            case ECS -> EcsDocuments.looksLikeEcs(doc) ? List.of(EcsDocuments.flatten(doc))
                    : "not an ECS document: no winlog, event.original or ecs.version";
            case XML -> "an XML file holds no JSON documents";
        };
    }

    private static List<Map<String, Object>> auto(Map<String, Object> doc) {
        if (doc.get("Records") instanceof List<?> list) {
            return maps(list);
        }
        Map<String, Object> event = WindowsEvents.flatten(doc.get("Event"));
        if (event != null) {
            return List.of(event);
        }
        if (!(doc.get("logsource") instanceof Map) && EcsDocuments.looksLikeEcs(doc)) {
            return List.of(EcsDocuments.flatten(doc));
        }
        return List.of(doc);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(List<?> list) {
        return list.stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
    }
}
