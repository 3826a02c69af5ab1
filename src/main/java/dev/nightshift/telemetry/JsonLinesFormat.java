package dev.nightshift.telemetry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes events as JSON lines: {@code @timestamp} (UTC, milliseconds), {@code host}, {@code logsource}
 * (product, category, service, without nulls), then the native fields in their order; never the truth.
 * The key order is fixed, so the same seed gives byte-identical output.
 */
public final class JsonLinesFormat {

    private static final JsonFactory JSON = new JsonFactory();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private JsonLinesFormat() {
    }

    /** One event as one line of JSON, without the line break. */
    public static String format(Event event) {
        StringWriter out = new StringWriter(512);
        try {
            writeObject(event, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes one event and a line feed. */
    public static void write(Event event, Writer out) throws IOException {
        writeObject(event, out);
        out.write('\n');
    }

    private static void writeObject(Event event, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("@timestamp", TIMESTAMP.format(event.timestamp()));
            if (event.host() != null) {
                g.writeStringField("host", event.host());
            }
            g.writeObjectFieldStart("logsource");
            optional(g, "product", event.logsource().product());
            optional(g, "category", event.logsource().category());
            optional(g, "service", event.logsource().service());
            g.writeEndObject();
            for (Map.Entry<String, Object> field : event.fields().entrySet()) {
                g.writeFieldName(field.getKey());
                value(g, field.getValue());
            }
            g.writeEndObject();
        }
    }

    /** An instant as {@code @timestamp} writes it: UTC with milliseconds, e.g. {@code 2026-03-10T08:30:00.000Z}. */
    public static String timestamp(java.time.Instant instant) {
        return TIMESTAMP.format(instant);
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Number n) {
            g.writeNumber(n.toString());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof java.util.List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else {
            g.writeString(value.toString());
        }
    }
}
