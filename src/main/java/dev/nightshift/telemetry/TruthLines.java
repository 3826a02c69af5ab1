package dev.nightshift.telemetry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes the hidden truth of events as JSON lines keyed by event index, separately from the telemetry (for
 * {@code generate --truth FILE}): {@code {"index":12,"kind":"attack","stage":"spray","technique":"T1110.003"}},
 * {@code {"index":13,"kind":"lookalike","lookalike":"password-typos"}} or {@code {"index":14,"kind":"benign"}}.
 */
public final class TruthLines {

    private static final JsonFactory JSON = new JsonFactory();

    private TruthLines() {
    }

    /** One event's truth as one line of JSON, without the line break. */
    public static String format(Event event) {
        StringWriter out = new StringWriter(96);
        try {
            writeObject(event, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes one event's truth and a line feed. */
    public static void write(Event event, Writer out) throws IOException {
        writeObject(event, out);
        out.write('\n');
    }

    private static void writeObject(Event event, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            Truth truth = event.truth();
            g.writeStartObject();
            g.writeNumberField("index", event.index());
            g.writeStringField("kind", truth.kind().name().toLowerCase(Locale.ROOT));
            if (truth.stage() != null) {
                g.writeStringField("stage", truth.stage());
            }
            if (truth.technique() != null) {
                g.writeStringField("technique", truth.technique());
            }
            if (truth.lookalike() != null) {
                g.writeStringField("lookalike", truth.lookalike());
            }
            g.writeEndObject();
        }
    }
}
