package dev.nightshift.game;

import dev.nightshift.detection.Alert;
import dev.nightshift.telemetry.Event;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an alert is about, as a SIEM's alert grouping sees it: a correlation's group-by values, or for a single-event
 * rule the user and the source address of its event (and the logging host when the event names no source, as on an
 * endpoint). Repeated alerts of one rule on one subject fold into one queue entry.
 */
public final class AlertSubject {

    private static final List<String> USER_FIELDS = List.of("TargetUserName", "User", "user", "userName",
            "SubjectUserName", "cs-username", "srcuser", "UserPrincipalName", "userIdentity.userName",
            "userIdentity.arn");
    private static final List<String> SOURCE_FIELDS = List.of("IpAddress", "src_ip", "SourceIp", "sourceIPAddress",
            "ClientIP", "IPAddress", "public_ip", "sender_domain");

    private AlertSubject() {
    }

    /** The subject of a detection alert, in display order: {@code host}, {@code user}, {@code src}. */
    public static Map<String, String> of(Alert alert) {
        if (!alert.groupBy().isEmpty()) {
            return alert.groupBy();
        }
        Event first = alert.events().get(0);
        Map<String, String> subject = new LinkedHashMap<>();
        String source = first(first, SOURCE_FIELDS);
        if (source == null && first.host() != null) {
            subject.put("host", first.host());
        }
        String user = first(first, USER_FIELDS);
        if (user != null) {
            subject.put("user", user);
        }
        if (source != null) {
            subject.put("src", source);
        }
        return subject;
    }

    /** The subject as one line, {@code host=WS-0112 user=j.smith}. */
    public static String text(Map<String, String> subject) {
        StringBuilder s = new StringBuilder();
        subject.forEach((k, v) -> s.append(s.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return s.toString();
    }

    /** The user an event names (the account acted on or acting), or null. */
    public static String userOf(Event event) {
        return first(event, USER_FIELDS);
    }

    private static String first(Event event, List<String> fields) {
        for (String field : fields) {
            Object value = value(event, field);
            if (value != null && !(value instanceof Map) && !"-".equals(value.toString()) && !value.toString().isEmpty()) {
                return value.toString();
            }
        }
        return null;
    }

    /** A field's value; {@code parent.child} reaches into a nested object when no field has the dotted name. */
    public static Object value(Event event, String path) {
        Object direct = event.field(path);
        int dot = path.indexOf('.');
        if (direct != null || dot < 0) {
            return direct;
        }
        Object parent = event.field(path.substring(0, dot));
        return parent instanceof Map<?, ?> map ? map.get(path.substring(dot + 1)) : null;
    }
}
