package dev.nightshift.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.game.CaseAlert;
import dev.nightshift.telemetry.Event;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns game objects into the text the shell prints: times, alert rows, events. */
final class Render {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);
    private static final java.util.Set<String> QUIET_FIELDS = java.util.Set.of("Channel", "Provider_Name", "Computer",
            "SubjectUserSid", "TargetUserSid", "SubjectLogonId", "TargetLogonId", "Keywords", "Task", "Opcode",
            "Level", "Version");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Render() {
    }

    static String time(Instant t) {
        return TIME.format(t);
    }

    /** The month and day, {@code 03-05}: for a week of history, where the clock alone is ambiguous. */
    static String day(Instant t) {
        return DAY.format(t);
    }

    static String clock(Instant t) {
        return CLOCK.format(t);
    }

    /** The fixed columns of an alert row: id, raised, level, state and count with their gaps. */
    private static final int FIXED = 6 + 1 + 8 + 2 + 8 + 1 + 9 + 1 + 5 + 2;

    /**
     * One alert as a row that fits the terminal's width: the rule's title and the subject share what the fixed
     * columns leave, the subject (who and where, what a triage is about) first, up to 32 characters, then the title up to 50.
     */
    static String alertRow(CaseAlert a) {
        return alertRow(dev.nightshift.game.QueueView.Row.of(a));
    }

    static String alertRow(dev.nightshift.game.QueueView.Row a) {
        int[] flex = flexColumns();
        return String.format("%-6s %s  %s %s %5s  %-" + flex[0] + "s %s", a.id(), clock(a.raised()),
                TerminalStyle.level(a.level(), 8), TerminalStyle.state(a.state(), 9),
                a.count() > 1 ? "x" + a.count() : "", truncate(a.title(), flex[0]),
                truncate(a.subject(), flex[1])).stripTrailing();
    }

    static String alertHeader() {
        int[] flex = flexColumns();
        return String.format("%-6s %-8s  %-8s %-9s %5s  %-" + flex[0] + "s %s", "ID", "RAISED", "LEVEL", "STATE",
                "COUNT", "RULE", "SUBJECT");
    }

    /** The widths of the rule and subject columns at the terminal's width (a row in new-alert lists is indented 2). */
    private static int[] flexColumns() {
        int left = TerminalStyle.width() - 2 - FIXED - 1;
        int subject = Math.max(16, Math.min(32, left - 16));
        int rule = Math.max(16, Math.min(50, left - subject));
        return new int[] {rule, Math.max(16, left - rule)};
    }

    /** What the alert is about: the correlation's group, or the user, source and host of its events. */
    static String subject(CaseAlert a) {
        return dev.nightshift.game.AlertSubject.text(a.subject());
    }

    static String newAlerts(List<CaseAlert> raised) {
        if (raised.isEmpty()) {
            return "No new alerts.";
        }
        StringBuilder out = new StringBuilder(raised.size() + " new alert(s):\n");
        for (CaseAlert a : raised) {
            out.append("  ").append(alertRow(a)).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** One event as the log line a SIEM shows: time, host, source and native fields; never its truth. */
    static String event(Event e) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("@timestamp", e.timestamp().toString());
        if (e.host() != null) {
            shown.put("host", e.host());
        }
        shown.putAll(e.fields());
        try {
            return JSON.writeValueAsString(shown);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * One event as a compact line for reading: time, host, then the fields that carry a value; the channel and
     * provider boilerplate and the empty values ("-", "0x0", "") are left out. {@code alert --raw} shows it all.
     */
    static String compactEvent(Event e) {
        StringBuilder line = new StringBuilder(SECONDS.format(e.timestamp()));
        line.append("  ").append(e.host() == null ? "-" : e.host());
        e.fields().forEach((name, value) -> {
            String text = String.valueOf(value);
            if (!QUIET_FIELDS.contains(name) && !text.isEmpty() && !"-".equals(text) && !"0x0".equals(text)) {
                line.append("  ").append(name).append('=').append(text);
            }
        });
        return line.toString();
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
