package dev.nightshift.detection;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.nightshift.telemetry.LogSource;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The table, CSV and SARIF-lines renderings of {@link RuleTestResults}. */
final class RuleTestRendering {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int TITLE = 44;
    private static final int VALUE = 60;

    private RuleTestRendering() {
    }

    static String logsource(LogSource source) {
        List<String> parts = new ArrayList<>();
        if (source.product() != null) {
            parts.add("product=" + source.product());
        }
        if (source.category() != null) {
            parts.add("category=" + source.category());
        }
        if (source.service() != null) {
            parts.add("service=" + source.service());
        }
        return parts.isEmpty() ? "(none)" : String.join(" ", parts);
    }

    static String lines(List<String> lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    static String table(RuleTestResults results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-" + TITLE + "s %-13s %-24s %-20s %s%n", "RULE", "LEVEL", "TIME", "HOST",
                "MATCHED FIELDS"));
        for (RuleTestMatch match : results.matches()) {
            out.append(String.format("%-" + TITLE + "s %-13s %-24s %-20s %s%n", cut(match.rule().title(), TITLE),
                    match.rule().level(), match.time(), match.host() == null ? "-" : cut(match.host(), 20),
                    fields(match.fields(), VALUE)));
        }
        RuleTestReport report = results.report();
        long matched = report.rules().stream().filter(r -> r.matches() > 0).count();
        out.append(report.events()).append(" events, ").append(report.rules().size()).append(" rules, ")
                .append(matched).append(" matched, ").append(results.matches().size() + results.omitted())
                .append(" matches").append(results.omitted() > 0 ? " (" + results.omitted() + " not listed)" : "")
                .append('\n');
        out.append(lines(results.warnings()));
        report.errors().forEach(error -> out.append(error.format()).append('\n'));
        return out.toString();
    }

    static String csv(RuleTestResults results) {
        StringBuilder out = new StringBuilder("rule_id,title,level,event_index,time,host,fields\r\n");
        for (RuleTestMatch match : results.matches()) {
            out.append(cell(match.rule().id())).append(',').append(cell(match.rule().title())).append(',')
                    .append(cell(match.rule().level())).append(',').append(match.eventIndex()).append(',')
                    .append(match.time()).append(',').append(cell(match.host() == null ? "" : match.host()))
                    .append(',').append(cell(fields(match.fields(), Integer.MAX_VALUE))).append("\r\n");
        }
        return out.toString();
    }

    static String sarif(RuleTestResults results) {
        StringBuilder out = new StringBuilder();
        for (RuleTestMatch match : results.matches()) {
            StringWriter line = new StringWriter();
            try (JsonGenerator g = JSON.createGenerator(line)) {
                g.writeStartObject();
                g.writeStringField("ruleId", match.rule().id());
                g.writeStringField("level", sarifLevel(match.rule().level()));
                g.writeObjectFieldStart("message");
                g.writeStringField("text", match.rule().title());
                g.writeEndObject();
                g.writeArrayFieldStart("locations");
                g.writeStartObject();
                g.writeObjectFieldStart("physicalLocation");
                g.writeObjectFieldStart("artifactLocation");
                g.writeStringField("uri", results.eventsFile());
                g.writeEndObject();
                g.writeObjectFieldStart("region");
                g.writeNumberField("startLine", match.eventIndex() + 1);
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
                g.writeObjectFieldStart("properties");
                g.writeStringField("ruleLevel", match.rule().level());
                g.writeNumberField("eventIndex", match.eventIndex());
                g.writeStringField("time", match.time().toString());
                if (match.host() != null) {
                    g.writeStringField("host", match.host());
                }
                g.writeObjectFieldStart("fields");
                for (Map.Entry<String, String> field : match.fields().entrySet()) {
                    g.writeStringField(field.getKey(), field.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** SARIF's result levels: an alert a SOC must act on is an error, a medium one a warning, the rest notes. */
    private static String sarifLevel(String level) {
        return switch (level) {
            case "critical", "high" -> "error";
            case "medium" -> "warning";
            default -> "note";
        };
    }

    private static String fields(Map<String, String> fields, int width) {
        StringBuilder out = new StringBuilder();
        fields.forEach((name, value) -> out.append(out.length() == 0 ? "" : "; ").append(name).append('=')
                .append(cut(value.replace('\n', ' ').replace('\r', ' '), width)));
        return out.toString();
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }

    private static String cell(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
