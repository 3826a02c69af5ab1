package dev.nightshift.logs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flattens a Windows event as evtx_dump writes it in JSON, or as {@link XmlEvents} reads it from XML
 * ({@code System}, {@code EventData}, {@code UserData}; attributes under {@code #attributes}, text beside them
 * under {@code #text}), into the flat record Sigma rules read: {@code EventID}, {@code Channel},
 * {@code Provider_Name}, {@code Computer}, the other {@code System} values, then every {@code EventData} value by its
 * name ({@code <Data Name="...">}, or an unnamed {@code Data} as {@code Data}) and the values inside {@code UserData}.
 */
final class WindowsEvents {

    private static final String ATTRIBUTES = "#attributes";
    private static final String TEXT = "#text";

    private WindowsEvents() {
    }

    /** The flat record of an {@code Event} object, or null when it has no {@code System} part. */
    static Map<String, Object> flatten(Object event) {
        if (!(event instanceof Map<?, ?> map) || !(map.get("System") instanceof Map<?, ?> system)) {
            return null;
        }
        Map<String, Object> record = new LinkedHashMap<>();
        system(system, record);
        if (map.get("EventData") instanceof Map<?, ?> data) {
            eventData(data, record);
        } else if (map.get("EventData") instanceof String text && !text.isBlank()) {
            record.putIfAbsent("Data", text(map.get("EventData")));
        }
        if (map.get("UserData") instanceof Map<?, ?> userData) {
            for (Map.Entry<?, ?> child : userData.entrySet()) {
                if (!ATTRIBUTES.equals(child.getKey()) && child.getValue() instanceof Map<?, ?> inner) {
                    leaves(inner, record);
                }
            }
        }
        return record;
    }

    private static void system(Map<?, ?> system, Map<String, Object> record) {
        for (Map.Entry<?, ?> entry : system.entrySet()) {
            String key = entry.getKey().toString();
            Object value = entry.getValue();
            switch (key) {
                case "Provider" -> {
                    put(record, "Provider_Name", attribute(value, "Name"));
                    put(record, "Provider_Guid", attribute(value, "Guid"));
                    put(record, "EventSourceName", attribute(value, "EventSourceName"));
                }
                case "EventID" -> put(record, "EventID", number(text(value)));
                case "TimeCreated" -> put(record, "TimeCreated", attribute(value, "SystemTime"));
                case "Execution" -> {
                    put(record, "ExecutionProcessID", number(attribute(value, "ProcessID")));
                    put(record, "ExecutionThreadID", number(attribute(value, "ThreadID")));
                }
                case "Security" -> put(record, "UserID", attribute(value, "UserID"));
                case "Correlation" -> put(record, "ActivityID", attribute(value, "ActivityID"));
                case ATTRIBUTES -> {
                }
                default -> put(record, key, value instanceof Map || value instanceof List ? text(value) : value);
            }
        }
    }

    private static void eventData(Map<?, ?> data, Map<String, Object> record) {
        for (Map.Entry<?, ?> entry : data.entrySet()) {
            String key = entry.getKey().toString();
            if (ATTRIBUTES.equals(key)) {
                continue;
            }
            if (key.equals("Data")) {
                for (Object item : entry.getValue() instanceof List<?> list ? list : List.of(entry.getValue())) {
                    String name = name(item);
                    if (name != null) {
                        Object value = item instanceof Map<?, ?> m ? valueOf(m) : null;
                        record.put(name, value == null ? "" : value);
                    } else if (item != null) {
                        record.merge("Data", text(item), (a, b) -> a + "\n" + b);
                    }
                }
            } else {
                put(record, key, entry.getValue() instanceof Map<?, ?> m ? valueOf(m) : entry.getValue());
            }
        }
    }

    private static void leaves(Map<?, ?> map, Map<String, Object> record) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = entry.getKey().toString();
            if (key.equals(ATTRIBUTES)) {
                continue;
            }
            if (entry.getValue() instanceof Map<?, ?> inner && !inner.containsKey(TEXT)) {
                leaves(inner, record);
            } else {
                put(record, key, entry.getValue() instanceof Map<?, ?> m ? valueOf(m) : entry.getValue());
            }
        }
    }

    /** The name of a {@code Data} item: its {@code Name} attribute, however the tool wrote it. */
    private static String name(Object item) {
        if (!(item instanceof Map<?, ?> map)) {
            return null;
        }
        Object name = attribute(map, "Name");
        if (name == null) {
            name = map.get("@Name");
        }
        if (name == null) {
            name = map.get("Name");
        }
        return name == null ? null : name.toString();
    }

    private static Object valueOf(Map<?, ?> map) {
        for (String key : new String[] {TEXT, "Value", "#value", "$", "text"}) {
            if (map.containsKey(key)) {
                return map.get(key);
            }
        }
        return null;
    }

    private static Object attribute(Object value, String name) {
        if (!(value instanceof Map<?, ?> map)) {
            return null;
        }
        if (map.get(ATTRIBUTES) instanceof Map<?, ?> attributes && attributes.get(name) != null) {
            return attributes.get(name);
        }
        return map.get("@" + name) != null ? map.get("@" + name) : map.get(name);
    }

    private static Object text(Object value) {
        if (value instanceof Map<?, ?> map) {
            Object text = valueOf(map);
            return text == null ? null : text;
        }
        return value;
    }

    static Object number(Object value) {
        if (value instanceof String s && !s.isEmpty() && s.length() < 10 && s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        return value;
    }

    static void put(Map<String, Object> record, String key, Object value) {
        if (value != null) {
            record.put(key, value);
        }
    }
}
