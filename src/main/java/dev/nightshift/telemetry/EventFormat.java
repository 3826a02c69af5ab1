package dev.nightshift.telemetry;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A way to write events as lines of text: native JSON lines, ECS JSON, CEF or RFC 5424 syslog. Never the truth. */
public interface EventFormat {

    /** The formats by the name {@code generate --format} takes. */
    List<String> NAMES = List.of("jsonl", "ecs", "cef", "syslog");

    /** The name {@code generate --format} takes. */
    String name();

    /** Writes one event as one line, with its line feed. */
    void write(Event event, Appendable out) throws IOException;

    /** The format called {@code name} (jsonl, ecs, cef or syslog), any case. */
    static Optional<EventFormat> named(String name) {
        return Optional.ofNullable(switch (name.toLowerCase(Locale.ROOT)) {
            case "jsonl", "json" -> new JsonLines();
            case "ecs" -> new EcsFormat();
            case "cef" -> new CefFormat();
            case "syslog" -> new SyslogFormat();
            default -> null;
        });
    }

    /** Our native JSON lines, as {@link JsonLinesFormat} writes them. */
    final class JsonLines implements EventFormat {
        @Override
        public String name() {
            return "jsonl";
        }

        @Override
        public void write(Event event, Appendable out) throws IOException {
            if (out instanceof StringBuilder line) {
                JsonLinesFormat.append(event, line);
                line.append('\n');
            } else {
                StringBuilder line = new StringBuilder(512);
                JsonLinesFormat.append(event, line);
                out.append(line.append('\n'));
            }
        }
    }
}
