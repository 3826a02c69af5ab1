package dev.nightshift.detection;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Renders a {@link ScenarioCheckReport} as text for instructors and as one line of JSON for scripts. */
final class ScenarioCheckRendering {

    private static final JsonFactory JSON = new JsonFactory();

    private ScenarioCheckRendering() {
    }

    static String text(ScenarioCheckReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Scenario ").append(report.scenario()).append(", seed ").append(report.seed()).append(": ")
                .append(count(report.events(), "event")).append(" from ").append(report.start()).append(" to ")
                .append(report.end()).append(", ").append(String.format(Locale.ROOT, "%,d", report.attackEvents()))
                .append(" of them from the attack\n");
        text.append("Rule pack: ").append(count(report.rules().size(), "rule")).append(", ")
                .append(report.errors().isEmpty() ? "no errors" : count(report.errors().size(), "error")).append('\n');
        for (RuleError error : report.errors()) {
            text.append("  ").append(error.format()).append('\n');
        }
        text.append("\nAttack stages\n");
        if (report.stages().isEmpty()) {
            text.append("  none: a quiet night\n");
        }
        for (ScenarioCheckReport.StageCheck stage : report.stages()) {
            stage(stage, text);
        }
        text.append("\nRules: alerts, true positives, false positives, false-positive share\n");
        for (ScenarioCheckReport.RuleCheck rule : report.rules()) {
            text.append(String.format(Locale.ROOT, "  %6d %6d %6d %5s  %-8s %s (%s)%s%n", rule.alerts(),
                    rule.truePositives(), rule.falsePositives(), rule.alerts() == 0 ? "-" : percent(rule),
                    rule.rule().level(), rule.rule().title(), rule.rule().id(),
                    rule.feedsOnly() ? ", feeds correlations only" : ""));
        }
        text.append('\n');
        if (!report.winnable()) {
            text.append("Winnable: no\n");
            report.reasons().forEach(reason -> text.append("  - ").append(reason).append('\n'));
        } else if (report.stages().isEmpty()) {
            text.append("Winnable: yes, as a quiet night: there is no attack stage, so the shift is won by closing "
                    + "false positives without escalating or containing anything\n");
        } else {
            text.append("Winnable: yes: every stage the answer key names raises an alert, and each stage to contain "
                    + "raises one in time\n");
        }
        return text.toString();
    }

    private static void stage(ScenarioCheckReport.StageCheck stage, StringBuilder text) {
        text.append("  ").append(stage.id()).append(" (").append(stage.technique()).append("), ").append(stage.status())
                .append(": ");
        if (stage.events() == 0) {
            text.append("no events in the shift\n");
            return;
        }
        text.append(count(stage.events(), "event")).append(stage.events() == 1 ? " at " + stage.firstEvent()
                : " from " + stage.firstEvent() + " to " + stage.lastEvent()).append('\n');
        if (!stage.detected()) {
            text.append("    no rule fires on it\n");
            return;
        }
        text.append("    first alert ").append(duration(stage.firstAlertDelay())).append(" after its first event, at ")
                .append(stage.firstAlert()).append('\n');
        for (ScenarioCheckReport.StageRule rule : stage.rules()) {
            text.append("    fires: ").append(rule.title()).append(" (").append(count(rule.alerts(), "alert"))
                    .append(")\n");
        }
    }

    static String json(ScenarioCheckReport report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("scenario", report.scenario());
            g.writeNumberField("seed", report.seed());
            g.writeStringField("start", report.start().toString());
            g.writeStringField("end", report.end().toString());
            g.writeNumberField("events", report.events());
            g.writeNumberField("attack_events", report.attackEvents());
            g.writeArrayFieldStart("stages");
            for (ScenarioCheckReport.StageCheck stage : report.stages()) {
                g.writeStartObject();
                g.writeStringField("id", stage.id());
                g.writeStringField("technique", stage.technique());
                g.writeStringField("status", stage.status());
                g.writeNumberField("events", stage.events());
                time(g, "first_event", stage.firstEvent());
                time(g, "last_event", stage.lastEvent());
                g.writeArrayFieldStart("rules");
                for (ScenarioCheckReport.StageRule rule : stage.rules()) {
                    g.writeStartObject();
                    g.writeStringField("id", rule.id());
                    g.writeStringField("title", rule.title());
                    g.writeNumberField("alerts", rule.alerts());
                    g.writeEndObject();
                }
                g.writeEndArray();
                time(g, "first_alert", stage.firstAlert());
                if (stage.detected()) {
                    g.writeNumberField("first_alert_delay_seconds", stage.firstAlertDelay().toSeconds());
                } else {
                    g.writeNullField("first_alert_delay_seconds");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rules");
            for (ScenarioCheckReport.RuleCheck rule : report.rules()) {
                g.writeStartObject();
                g.writeStringField("id", rule.rule().id());
                g.writeStringField("title", rule.rule().title());
                g.writeStringField("type", rule.rule().isCorrelation() ? "correlation" : "detection");
                g.writeStringField("level", rule.rule().level());
                g.writeBooleanField("feeds_only", rule.feedsOnly());
                g.writeNumberField("alerts", rule.alerts());
                g.writeNumberField("true_positives", rule.truePositives());
                g.writeNumberField("false_positives", rule.falsePositives());
                g.writeNumberField("false_positive_share", Math.round(rule.falsePositiveShare() * 1000) / 1000.0);
                g.writeEndObject();
            }
            g.writeEndArray();
            RuleError.writeJson(g, report.errors());
            g.writeBooleanField("winnable", report.winnable());
            g.writeArrayFieldStart("reasons");
            for (String reason : report.reasons()) {
                g.writeString(reason);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void time(JsonGenerator g, String field, Instant time) throws IOException {
        if (time == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, time.toString());
        }
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static String percent(ScenarioCheckReport.RuleCheck rule) {
        return Math.round(rule.falsePositiveShare() * 100) + "%";
    }

    /** A delay as {@code 16s}, {@code 2m05s} or {@code 1h02m05s}. */
    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm%02ds", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }
}
