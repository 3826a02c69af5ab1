package dev.nightshift.detection;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * What {@code rules test} found: how many events were read, every loaded rule with the 0-based line numbers of
 * the events it matched (for a correlation, the event at which each alert fired), and every error of the rule
 * files and of the events file. {@link #toJson()} is the command line's stable {@code --json} contract.
 */
public record RuleTestReport(int events, List<RuleResult> rules, List<RuleError> errors) {

    /** One rule's matches, in line order. */
    public record RuleResult(SigmaRule rule, List<Long> eventIndexes) {

        public RuleResult {
            Objects.requireNonNull(rule, "rule");
            eventIndexes = List.copyOf(eventIndexes);
        }

        /** How many times the rule matched. */
        public int matches() {
            return eventIndexes.size();
        }
    }

    private static final JsonFactory JSON = new JsonFactory();

    public RuleTestReport {
        if (events < 0) {
            throw new IllegalArgumentException("events must not be negative, got " + events);
        }
        rules = List.copyOf(rules);
        errors = List.copyOf(errors);
    }

    /** 0 when every rule loaded and every event line was read, 2 (bad input) otherwise. */
    public int exitCode() {
        return errors.isEmpty() ? 0 : 2;
    }

    /**
     * One JSON object: {@code {"events": N, "rules": [{"id", "title", "type", "matches", "event_indexes"}],
     * "errors": [{"file", "line", "column", "message"}]}}, on one line.
     */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("events", events);
            g.writeArrayFieldStart("rules");
            for (RuleResult result : rules) {
                g.writeStartObject();
                g.writeStringField("id", result.rule().id());
                g.writeStringField("title", result.rule().title());
                g.writeStringField("type", result.rule().isCorrelation() ? "correlation" : "detection");
                g.writeNumberField("matches", result.matches());
                g.writeArrayFieldStart("event_indexes");
                for (long index : result.eventIndexes()) {
                    g.writeNumber(index);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("errors");
            for (RuleError error : errors) {
                g.writeStartObject();
                g.writeStringField("file", error.file());
                g.writeNumberField("line", error.line());
                g.writeNumberField("column", error.column());
                g.writeStringField("message", error.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** For people: one line per rule that matched, a count of those that did not, then the errors. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        long matched = rules.stream().filter(r -> r.matches() > 0).count();
        text.append(events).append(" events, ").append(rules.size()).append(" rules, ").append(matched)
                .append(" matched\n");
        for (RuleResult result : rules) {
            if (result.matches() == 0) {
                continue;
            }
            text.append(String.format("%6d  %-11s %-8s %s (%s)%n", result.matches(),
                    result.rule().isCorrelation() ? "correlation" : "detection", result.rule().level(),
                    result.rule().title(), result.rule().id()));
            text.append("        lines ").append(lines(result.eventIndexes())).append('\n');
        }
        if (matched < rules.size()) {
            text.append(rules.size() - matched).append(" rules matched nothing\n");
        }
        for (RuleError error : errors) {
            text.append(error.format()).append('\n');
        }
        return text.toString();
    }

    private static String lines(List<Long> indexes) {
        int shown = Math.min(indexes.size(), 20);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            text.append(i == 0 ? "" : ", ").append(indexes.get(i));
        }
        return indexes.size() > shown ? text + ", ... (" + (indexes.size() - shown) + " more)" : text.toString();
    }
}
