package dev.nightshift.telemetry;

import java.util.List;
import java.util.Map;

/** ECS {@code event.category} and {@code event.type} of an event, from its Windows event id or Sigma category. */
final class EcsCategories {

    private EcsCategories() {
    }

    static void put(Map<String, Object> doc, Event e) {
        String[] categoryAndType = of(e);
        if (categoryAndType != null) {
            EcsFormat.put(doc, "event.category", List.of(categoryAndType[0]));
            EcsFormat.put(doc, "event.type", List.of(categoryAndType).subList(1, categoryAndType.length));
        }
    }

    private static String[] of(Event e) {
        Object id = e.field("EventID");
        if (id instanceof Number n && "security".equals(e.logsource().service())) {
            return switch (n.intValue()) {
                case 4624, 4625, 4768, 4769, 4771, 4776 -> new String[] {"authentication", "start"};
                case 4634 -> new String[] {"authentication", "end"};
                case 4672 -> new String[] {"iam", "admin"};
                case 4688 -> new String[] {"process", "start"};
                case 4720 -> new String[] {"iam", "user", "creation"};
                case 4722, 4740 -> new String[] {"iam", "user", "change"};
                case 4728, 4732 -> new String[] {"iam", "group", "change"};
                case 5140, 5145 -> new String[] {"file", "access"};
                case 1102 -> new String[] {"configuration", "deletion"};
                default -> null;
            };
        }
        String category = e.logsource().category();
        if (category != null) {
            return switch (category) {
                case "process_creation" -> new String[] {"process", "start"};
                case "process_access" -> new String[] {"process", "access"};
                case "network_connection" -> new String[] {"network", "connection"};
                case "file_event", "file_rename" -> new String[] {"file", "creation"};
                case "dns_query", "dns" -> new String[] {"network", "protocol"};
                case "proxy" -> new String[] {"web", "access"};
                case "firewall" -> new String[] {"network", "connection"};
                default -> null;
            };
        }
        String service = e.logsource().service();
        if ("sshd".equals(service)) {
            return new String[] {"authentication", "start"};
        }
        if ("cloudtrail".equals(service)) {
            return new String[] {"api", "access"};
        }
        return null;
    }
}
