package dev.nightshift.calibrate;

import java.util.Map;

/** How a player reads entity names off events: user names without domain, UPN suffix or ARN path; nested fields. */
final class Names {

    private Names() {
    }

    static String user(String raw) {
        String name = raw;
        int slash = Math.max(name.lastIndexOf('\\'), name.lastIndexOf('/'));
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        int at = name.indexOf('@');
        return at > 0 ? name.substring(0, at) : name;
    }

    static boolean isAddress(String value) {
        return value.matches("\\d{1,3}(\\.\\d{1,3}){3}") || value.contains(":") && value.matches("[0-9a-fA-F:.]+");
    }

    /** A field's value as text, {@code parent.child} reaching into a nested object; null when absent. */
    static String field(dev.nightshift.telemetry.Event event, String path) {
        if ("host".equals(path)) {
            return event.host();
        }
        Object value = dev.nightshift.game.AlertSubject.value(event, path);
        return value == null || value instanceof Map ? null : value.toString();
    }
}
