package dev.nightshift.telemetry;

import java.io.IOException;
import java.util.Map;

/**
 * Events as RFC 5424 syslog lines: {@code <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID [SD] MSG}. Facility auth
 * (4) for logons and sshd, user (1) otherwise; severity notice (5) for failures, informational (6) for the rest.
 * The native fields travel as structured data {@code [nightshift@32473 ...]} (32473 is the example enterprise
 * number RFC 5612 reserves), and the message is the native {@code message} when the source writes one.
 */
final class SyslogFormat implements EventFormat {

    static final String SD_ID = "nightshift@32473";

    @Override
    public String name() {
        return "syslog";
    }

    @Override
    public void write(Event e, Appendable out) throws IOException {
        boolean failure = "failure".equals(EventFacts.outcome(e));
        boolean auth = "security".equals(e.logsource().service()) || "sshd".equals(e.logsource().service());
        int pri = (auth ? 4 : 1) * 8 + (failure ? 5 : 6);
        StringBuilder line = new StringBuilder(512);
        line.append('<').append(pri).append(">1 ").append(Stamps.iso(e.timestamp())).append(' ')
                .append(token(e.host(), 255)).append(' ')
                .append(token(appName(e), 48)).append(' ')
                .append(token(stringOf(e.field("pid")), 128)).append(' ')
                .append(token(stringOf(e.field("EventID")), 32)).append(' ');
        line.append('[').append(SD_ID);
        for (Map.Entry<String, Object> field : e.fields().entrySet()) {
            if (field.getValue() == null || "message".equals(field.getKey())) {
                continue;
            }
            line.append(' ').append(paramName(field.getKey())).append("=\"")
                    .append(paramValue(EventFacts.text(field.getValue()))).append('"');
        }
        line.append(']');
        Object message = e.field("message");
        line.append(' ').append(message != null ? oneLine(message.toString()) : EventFacts.name(e));
        out.append(line).append('\n');
    }

    private static String appName(Event e) {
        String program = EventFacts.first(e, java.util.List.of("program", "Provider_Name", "eventSource"));
        if (program != null) {
            return program;
        }
        LogSource s = e.logsource();
        return s.service() != null ? s.service() : s.category() != null ? s.category() : null;
    }

    private static String stringOf(Object value) {
        return value == null ? null : value.toString();
    }

    /** A header field: printable US-ASCII without spaces, at most {@code max} characters, or "-" when absent. */
    static String token(String value, int max) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        StringBuilder t = new StringBuilder(Math.min(value.length(), max));
        for (int i = 0; i < value.length() && t.length() < max; i++) {
            char c = value.charAt(i);
            t.append(c > 32 && c < 127 ? c : '_');
        }
        return t.toString();
    }

    /** An SD-PARAM name: up to 32 printable characters, none of '=', ' ', ']' or '"'. */
    static String paramName(String name) {
        StringBuilder n = new StringBuilder(Math.min(name.length(), 32));
        for (int i = 0; i < name.length() && n.length() < 32; i++) {
            char c = name.charAt(i);
            n.append(c > 32 && c < 127 && c != '=' && c != ']' && c != '"' ? c : '_');
        }
        return n.toString();
    }

    /** An SD-PARAM value escapes '"', '\' and ']' with a backslash; line breaks become spaces. */
    static String paramValue(String value) {
        return oneLine(value).replace("\\", "\\\\").replace("\"", "\\\"").replace("]", "\\]");
    }

    private static String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }
}
