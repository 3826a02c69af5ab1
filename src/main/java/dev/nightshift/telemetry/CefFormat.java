package dev.nightshift.telemetry;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events as ArcSight CEF lines: {@code CEF:0|nightshift|<product>|1.0|<event class>|<name>|<severity>|<extension>}.
 * Common facts go to CEF's own keys (rt, dvchost, suser, src, spt, dst, dpt, outcome, ...); the other native fields
 * fill the labelled custom strings cs1..cs6 in order and then {@code msg}. Escaping follows the CEF standard.
 */
final class CefFormat implements EventFormat {

    private static final Set<String> MAPPED = Set.of("EventID", "Channel", "Computer", "Provider_Name");
    private static final int CUSTOM_STRINGS = 6;

    @Override
    public String name() {
        return "cef";
    }

    @Override
    public void write(Event e, Appendable out) throws IOException {
        StringBuilder line = new StringBuilder(512);
        line.append("CEF:0|nightshift|").append(header(product(e))).append("|1.0|")
                .append(header(eventClass(e))).append('|').append(header(EventFacts.name(e))).append('|')
                .append(severity(e)).append('|');
        Map<String, String> ext = new LinkedHashMap<>();
        Set<String> used = new HashSet<>(MAPPED);
        ext.put("rt", Long.toString(e.timestamp().toEpochMilli()));
        putIf(ext, "dvchost", e.host());
        map(ext, used, e, "suser", EventFacts.USER);
        map(ext, used, e, "sntdom", EventFacts.USER_DOMAIN);
        map(ext, used, e, "src", EventFacts.SOURCE_IP);
        map(ext, used, e, "spt", EventFacts.SOURCE_PORT);
        map(ext, used, e, "dst", EventFacts.DESTINATION_IP);
        map(ext, used, e, "dpt", EventFacts.DESTINATION_PORT);
        map(ext, used, e, "dhost", EventFacts.DESTINATION_HOST);
        map(ext, used, e, "sproc", EventFacts.PROCESS);
        map(ext, used, e, "filePath", EventFacts.FILE);
        map(ext, used, e, "request", EventFacts.URL);
        map(ext, used, e, "requestMethod", EventFacts.METHOD);
        map(ext, used, e, "requestClientApplication", EventFacts.USER_AGENT);
        map(ext, used, e, "act", EventFacts.ACTION);
        putIf(ext, "outcome", EventFacts.outcome(e));
        int custom = 0;
        StringBuilder rest = new StringBuilder();
        for (Map.Entry<String, Object> field : e.fields().entrySet()) {
            if (used.contains(field.getKey()) || !EventFacts.meaningful(field.getValue())) {
                continue;
            }
            String value = EventFacts.text(field.getValue());
            if (custom < CUSTOM_STRINGS) {
                custom++;
                ext.put("cs" + custom + "Label", field.getKey());
                ext.put("cs" + custom, value);
            } else {
                rest.append(rest.length() == 0 ? "" : " ").append(field.getKey()).append('=').append(value);
            }
        }
        putIf(ext, "msg", rest.length() == 0 ? null : rest.toString());
        boolean first = true;
        for (Map.Entry<String, String> pair : ext.entrySet()) {
            line.append(first ? "" : " ").append(pair.getKey()).append('=').append(extension(pair.getValue()));
            first = false;
        }
        out.append(line).append('\n');
    }

    /** Maps the first meaningful field of {@code names} to a CEF key and marks it used. */
    private static void map(Map<String, String> ext, Set<String> used, Event e, String key, List<String> names) {
        String name = EventFacts.firstName(e, names);
        if (name != null) {
            ext.put(key, e.fields().get(name).toString());
            used.add(name);
        }
    }

    private static void putIf(Map<String, String> ext, String key, String value) {
        if (value != null) {
            ext.put(key, value);
        }
    }

    private static String product(Event e) {
        LogSource s = e.logsource();
        return s.product() == null ? "nightshift" : s.product();
    }

    private static String eventClass(Event e) {
        Object id = e.field("EventID");
        if (id != null) {
            return id.toString();
        }
        LogSource s = e.logsource();
        return s.category() != null ? s.category() : s.service() != null ? s.service() : "event";
    }

    /** 0-10: failures 5, account and audit changes 6, the rest 3. */
    private static int severity(Event e) {
        if ("failure".equals(EventFacts.outcome(e))) {
            return 5;
        }
        Object id = e.field("EventID");
        if (id instanceof Number n && List.of(1102, 4720, 4728, 4732, 4740).contains(n.intValue())) {
            return 6;
        }
        return 3;
    }

    /** Header fields escape backslash and pipe. */
    static String header(String value) {
        return value.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    /** Extension values escape backslash and equals; line breaks become \n and \r. */
    static String extension(String value) {
        return value.replace("\\", "\\\\").replace("=", "\\=").replace("\r", "\\r").replace("\n", "\\n");
    }
}
