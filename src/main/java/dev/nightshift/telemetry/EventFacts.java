package dev.nightshift.telemetry;

import java.util.List;
import java.util.Map;

/**
 * What an event says in common terms, read from its native fields: who, from where, to where, which process,
 * which file, query or URL, and whether it succeeded. The ECS and CEF formats map these; the native names
 * are the ones the Sigma taxonomy uses for each log source.
 */
final class EventFacts {

    static final List<String> USER = List.of("TargetUserName", "User", "user", "userName", "SubjectUserName",
            "sender");
    static final List<String> USER_DOMAIN = List.of("TargetDomainName", "SubjectDomainName");
    static final List<String> SOURCE_IP = List.of("IpAddress", "src_ip", "SourceIp", "sourceIPAddress", "src",
            "c-ip", "ClientIP", "client_ip");
    static final List<String> SOURCE_PORT = List.of("IpPort", "src_port", "SourcePort", "spt");
    static final List<String> DESTINATION_IP = List.of("DestinationIp", "dst_ip", "dst", "s-ip");
    static final List<String> DESTINATION_PORT = List.of("DestinationPort", "dst_port", "dpt");
    static final List<String> DESTINATION_HOST = List.of("DestinationHostname", "cs-host", "r-dns");
    static final List<String> PROCESS = List.of("Image", "NewProcessName", "SourceImage");
    static final List<String> COMMAND_LINE = List.of("CommandLine");
    static final List<String> PARENT = List.of("ParentImage", "ParentProcessName");
    static final List<String> FILE = List.of("TargetFilename", "RelativeTargetName", "ShareName");
    static final List<String> QUERY = List.of("QueryName", "query");
    static final List<String> URL = List.of("c-uri", "url", "cs-uri");
    static final List<String> METHOD = List.of("cs-method", "method", "http_method");
    static final List<String> STATUS = List.of("sc-status", "status_code");
    static final List<String> USER_AGENT = List.of("c-useragent", "user_agent", "userAgent");
    static final List<String> ACTION = List.of("eventName", "action", "Action");

    private EventFacts() {
    }

    /** The first of {@code names} the event carries with a meaningful value ("-" and "" are not), or null. */
    static String first(Event event, List<String> names) {
        String name = firstName(event, names);
        return name == null ? null : event.fields().get(name).toString();
    }

    /** The name of the field {@link #first} reads, or null. */
    static String firstName(Event event, List<String> names) {
        Map<String, Object> fields = event.fields();
        for (String name : names) {
            Object value = fields.get(name);
            if (!(value instanceof Map) && !(value instanceof List) && meaningful(value)) {
                return name;
            }
        }
        return null;
    }

    /** Whether a value says something: not null, not empty, not "-". */
    static boolean meaningful(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        if (value instanceof List<?> list) {
            return !list.isEmpty();
        }
        String text = value.toString();
        return !text.isEmpty() && !"-".equals(text);
    }

    /** A value as one-line text: nested objects and lists (CloudTrail's userIdentity, say) as JSON. */
    static String text(Object value) {
        if (value instanceof Map || value instanceof List) {
            StringBuilder json = new StringBuilder(128);
            JsonText.value(json, value);
            return json.toString();
        }
        return String.valueOf(value);
    }

    /** success, failure or null when the event does not say. */
    static String outcome(Event event) {
        Object id = event.field("EventID");
        if (id instanceof Number n && "security".equals(event.logsource().service())) {
            return switch (n.intValue()) {
                case 4625, 4771, 4740 -> "failure";
                case 4776, 4768, 4769 -> "0x0".equalsIgnoreCase(String.valueOf(event.field("Status"))) ? "success" : "failure";
                case 4624, 4720, 4722, 4728, 4732, 4672 -> "success";
                default -> null;
            };
        }
        Object message = event.field("message");
        if (message != null) {
            String m = message.toString();
            if (m.startsWith("Accepted ")) {
                return "success";
            }
            if (m.startsWith("Failed ") || m.startsWith("Invalid user")) {
                return "failure";
            }
        }
        Object error = event.field("errorCode");
        if (error != null && "aws".equals(event.logsource().product())) {
            return "failure";
        }
        return null;
    }

    /** A short human name for the event, as a SIEM would list it. */
    static String name(Event event) {
        Object id = event.field("EventID");
        if (id instanceof Number n) {
            String known = WindowsEventNames.of(event.logsource(), n.intValue());
            if (known != null) {
                return known;
            }
        }
        String action = first(event, ACTION);
        if (action != null) {
            return action;
        }
        LogSource s = event.logsource();
        String kind = s.category() != null ? s.category() : s.service() != null ? s.service() : "event";
        return kind.replace('_', ' ') + (s.product() == null ? "" : " (" + s.product() + ")");
    }
}
