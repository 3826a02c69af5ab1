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
 * files, of the events file and of the truth file. When the run was {@code labelled} by a truth file, each rule
 * also has its true positives, and the attack stages no rule caught are listed. {@link #toJson()} is the command
 * line's stable {@code --json} contract.
 */
public record RuleTestReport(int events, List<RuleResult> rules, List<RuleError> errors, boolean labelled,
                             List<MissedStage> missedStages) {

    /** One rule's matches, in line order, and how many of them are true positives (0 without truth labels). */
    public record RuleResult(SigmaRule rule, List<Long> eventIndexes, int truePositives) {

        public RuleResult {
            Objects.requireNonNull(rule, "rule");
            eventIndexes = List.copyOf(eventIndexes);
            if (truePositives < 0 || truePositives > eventIndexes.size()) {
                throw new IllegalArgumentException("true positives must be from 0 to the " + eventIndexes.size()
                        + " matches, got " + truePositives);
            }
        }

        /** A rule's matches, not judged against any truth. */
        public RuleResult(SigmaRule rule, List<Long> eventIndexes) {
            this(rule, eventIndexes, 0);
        }

        /** How many times the rule matched. */
        public int matches() {
            return eventIndexes.size();
        }

        /** How many alerts the rule raised in the run: one per match. */
        public int alerts() {
            return eventIndexes.size();
        }

        /** The alerts none of whose events belongs to an attack stage. */
        public int falsePositives() {
            return alerts() - truePositives;
        }
    }

    /** An attack stage of the truth labels that no rule caught: how many events it has and the line of its first. */
    public record MissedStage(String stage, String technique, int events, long firstEventIndex) {

        public MissedStage {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(technique, "technique");
            if (events < 1 || firstEventIndex < 0) {
                throw new IllegalArgumentException("a missed stage has at least one event at a line from 0, got "
                        + events + " events from " + firstEventIndex);
            }
        }
    }

    private static final JsonFactory JSON = new JsonFactory();

    public RuleTestReport {
        if (events < 0) {
            throw new IllegalArgumentException("events must not be negative, got " + events);
        }
        rules = List.copyOf(rules);
        errors = List.copyOf(errors);
        missedStages = List.copyOf(missedStages);
        if (!labelled && !missedStages.isEmpty()) {
            throw new IllegalArgumentException("missed stages come from truth labels, and this run has none");
        }
    }

    /** A report without truth labels. */
    public RuleTestReport(int events, List<RuleResult> rules, List<RuleError> errors) {
        this(events, rules, errors, false, List.of());
    }

    /** 0 when every rule loaded and every event line and truth line was read, 2 (bad input) otherwise. */
    public int exitCode() {
        return errors.isEmpty() ? 0 : 2;
    }

    /**
     * One JSON object: {@code {"events": N, "rules": [{"id", "title", "type", "matches", "event_indexes"}],
     * "errors": [{"file", "line", "column", "message"}]}}, on one line. A labelled run adds {@code "alerts",
     * "true_positives", "false_positives"} to each rule, and {@code "missed_stages": [{"stage", "technique",
     * "events", "first_event_index"}]} after {@code "errors"}.
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
                if (labelled) {
                    g.writeNumberField("alerts", result.alerts());
                    g.writeNumberField("true_positives", result.truePositives());
                    g.writeNumberField("false_positives", result.falsePositives());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            RuleError.writeJson(g, errors);
            if (labelled) {
                g.writeArrayFieldStart("missed_stages");
                for (MissedStage missed : missedStages) {
                    g.writeStartObject();
                    g.writeStringField("stage", missed.stage());
                    g.writeStringField("technique", missed.technique());
                    g.writeNumberField("events", missed.events());
                    g.writeNumberField("first_event_index", missed.firstEventIndex());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * For people: one line per rule that matched (with its true and false positives when labelled), a count of
     * those that did not, the attack stages no rule caught when labelled, then the errors.
     */
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
            if (labelled) {
                text.append("        ").append(count(result.truePositives(), "true positive")).append(", ")
                        .append(count(result.falsePositives(), "false positive")).append('\n');
            }
            text.append("        event indexes ").append(indexes(result.eventIndexes())).append('\n');
        }
        if (matched < rules.size()) {
            text.append(rules.size() - matched).append(" rules matched nothing\n");
        }
        if (labelled && missedStages.isEmpty()) {
            text.append("every attack stage was caught\n");
        }
        for (MissedStage missed : missedStages) {
            text.append("missed attack stage ").append(missed.stage()).append(" (").append(missed.technique())
                    .append("): ").append(count(missed.events(), "event")).append(", first at event index ")
                    .append(missed.firstEventIndex()).append('\n');
        }
        for (RuleError error : errors) {
            text.append(error.format()).append('\n');
        }
        return text.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String indexes(List<Long> indexes) {
        int shown = Math.min(indexes.size(), 20);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            text.append(i == 0 ? "" : ", ").append(indexes.get(i));
        }
        return indexes.size() > shown ? text + ", ... (" + (indexes.size() - shown) + " more)" : text.toString();
    }
}
