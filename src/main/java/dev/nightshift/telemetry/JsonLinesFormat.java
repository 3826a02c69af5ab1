package dev.nightshift.telemetry;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Map;

/**
 * Writes events as JSON lines: {@code @timestamp} (UTC, milliseconds), {@code host}, {@code logsource}
 * (product, category, service, without nulls), then the native fields in their order; never the truth.
 * The key order is fixed, so the same seed gives byte-identical output.
 */
public final class JsonLinesFormat {

    private JsonLinesFormat() {
    }

    /** One event as one line of JSON, without the line break. */
    public static String format(Event event) {
        StringBuilder line = new StringBuilder(512);
        append(event, line);
        return line.toString();
    }

    /** Writes one event and a line feed. */
    public static void write(Event event, Writer out) throws IOException {
        StringBuilder line = new StringBuilder(512);
        append(event, line);
        out.append(line.append('\n'));
    }

    /** Appends one event as JSON, without the line break, to {@code line}. */
    static void append(Event event, StringBuilder line) {
        line.append("{\"@timestamp\":\"").append(Stamps.iso(event.timestamp())).append('"');
        if (event.host() != null) {
            line.append(",\"host\":");
            JsonText.string(line, event.host());
        }
        line.append(",\"logsource\":{");
        int before = line.length();
        optional(line, "product", event.logsource().product(), before);
        optional(line, "category", event.logsource().category(), before);
        optional(line, "service", event.logsource().service(), before);
        line.append('}');
        for (Map.Entry<String, Object> field : event.fields().entrySet()) {
            line.append(',');
            JsonText.string(line, field.getKey());
            line.append(':');
            JsonText.value(line, field.getValue());
        }
        line.append('}');
    }

    /** An instant as {@code @timestamp} writes it: UTC with milliseconds, e.g. {@code 2026-03-10T08:30:00.000Z}. */
    public static String timestamp(Instant instant) {
        return Stamps.iso(instant);
    }

    private static void optional(StringBuilder line, String name, String value, int start) {
        if (value != null) {
            line.append(line.length() == start ? "\"" : ",\"").append(name).append("\":");
            JsonText.string(line, value);
        }
    }
}
