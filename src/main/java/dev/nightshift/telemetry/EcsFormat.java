package dev.nightshift.telemetry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events as Elastic Common Schema JSON lines: the common fields mapped (event, host, user, source, destination,
 * process, file, dns, url, http, cloud, related), Windows events' native data under {@code winlog}, and every
 * event's native record kept whole in {@code event.original}, as an ingest pipeline would.
 */
final class EcsFormat implements EventFormat {

    static final String ECS_VERSION = "8.11.0";

    @Override
    public String name() {
        return "ecs";
    }

    @Override
    public void write(Event event, Appendable out) throws IOException {
        StringBuilder line = new StringBuilder(2048);
        JsonText.value(line, document(event));
        out.append(line.append('\n'));
    }

    static Map<String, Object> document(Event e) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@timestamp", Stamps.iso(e.timestamp()));
        put(doc, "ecs.version", ECS_VERSION);
        put(doc, "event.kind", "event");
        EcsCategories.put(doc, e);
        put(doc, "event.outcome", EventFacts.outcome(e));
        put(doc, "event.action", EventFacts.first(e, EventFacts.ACTION));
        Object id = e.field("EventID");
        put(doc, "event.code", id == null ? null : id.toString());
        put(doc, "event.provider", EventFacts.first(e, List.of("Provider_Name", "eventSource", "program")));
        put(doc, "event.module", e.logsource().product());
        put(doc, "event.dataset", dataset(e.logsource()));
        put(doc, "host.name", e.host());
        put(doc, "host.os.type", "windows".equals(e.logsource().product()) || "linux".equals(e.logsource().product())
                ? e.logsource().product() : null);
        put(doc, "user.name", EventFacts.first(e, EventFacts.USER));
        put(doc, "user.domain", EventFacts.first(e, EventFacts.USER_DOMAIN));
        put(doc, "source.ip", EventFacts.first(e, EventFacts.SOURCE_IP));
        put(doc, "source.port", number(EventFacts.first(e, EventFacts.SOURCE_PORT)));
        put(doc, "destination.ip", EventFacts.first(e, EventFacts.DESTINATION_IP));
        put(doc, "destination.port", number(EventFacts.first(e, EventFacts.DESTINATION_PORT)));
        put(doc, "destination.domain", EventFacts.first(e, EventFacts.DESTINATION_HOST));
        String image = EventFacts.first(e, EventFacts.PROCESS);
        put(doc, "process.executable", image);
        put(doc, "process.name", image == null ? null : image.substring(Math.max(image.lastIndexOf('\\'), image.lastIndexOf('/')) + 1));
        put(doc, "process.command_line", EventFacts.first(e, EventFacts.COMMAND_LINE));
        put(doc, "process.parent.executable", EventFacts.first(e, EventFacts.PARENT));
        put(doc, "file.path", EventFacts.first(e, EventFacts.FILE));
        put(doc, "dns.question.name", EventFacts.first(e, EventFacts.QUERY));
        put(doc, "url.original", EventFacts.first(e, EventFacts.URL));
        put(doc, "http.request.method", EventFacts.first(e, EventFacts.METHOD));
        put(doc, "http.response.status_code", number(EventFacts.first(e, EventFacts.STATUS)));
        put(doc, "user_agent.original", EventFacts.first(e, EventFacts.USER_AGENT));
        if ("aws".equals(e.logsource().product())) {
            put(doc, "cloud.provider", "aws");
            put(doc, "cloud.region", EventFacts.first(e, List.of("awsRegion")));
        }
        related(doc, e);
        if ("windows".equals(e.logsource().product())) {
            winlog(doc, e);
        }
        put(doc, "event.original", JsonLinesFormat.format(e));
        return doc;
    }

    private static void winlog(Map<String, Object> doc, Event e) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : e.fields().entrySet()) {
            switch (field.getKey()) {
                case "EventID" -> put(doc, "winlog.event_id", field.getValue().toString());
                case "Channel" -> put(doc, "winlog.channel", field.getValue());
                case "Computer" -> put(doc, "winlog.computer_name", field.getValue());
                case "Provider_Name" -> put(doc, "winlog.provider_name", field.getValue());
                default -> data.put(field.getKey(), field.getValue());
            }
        }
        put(doc, "winlog.event_data", data);
    }

    private static void related(Map<String, Object> doc, Event e) {
        Set<String> ips = new LinkedHashSet<>();
        Set<String> users = new LinkedHashSet<>();
        addIfPresent(ips, EventFacts.first(e, EventFacts.SOURCE_IP));
        addIfPresent(ips, EventFacts.first(e, EventFacts.DESTINATION_IP));
        addIfPresent(users, EventFacts.first(e, EventFacts.USER));
        addIfPresent(users, EventFacts.first(e, List.of("SubjectUserName")));
        put(doc, "related.ip", ips.isEmpty() ? null : new ArrayList<>(ips));
        put(doc, "related.user", users.isEmpty() ? null : new ArrayList<>(users));
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    private static String dataset(LogSource s) {
        String part = s.service() != null ? s.service() : s.category();
        return s.product() == null ? part : part == null ? s.product() : s.product() + "." + part;
    }

    private static Object number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }

    /** Puts a value at a dotted path, building the nested objects; a null value puts nothing. */
    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> doc, String path, Object value) {
        if (value == null) {
            return;
        }
        String[] parts = path.split("\\.");
        Map<String, Object> at = doc;
        for (int i = 0; i < parts.length - 1; i++) {
            at = (Map<String, Object>) at.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
        }
        at.put(parts[parts.length - 1], value);
    }
}
