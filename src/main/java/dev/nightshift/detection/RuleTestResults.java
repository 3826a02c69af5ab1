package dev.nightshift.detection;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@code rules test} found: the {@link RuleTestReport} (its JSON is the stable {@code --json} contract),
 * the matches in detail for the table, CSV and SARIF outputs (the first {@link #DETAILED} of them; {@code omitted}
 * counts the rest), the selected rules whose logsource no pipeline maps and no event had, which can never match, and
 * the events that came too far out of time order to be played in order ({@code outOfOrder}, null when none did).
 */
public record RuleTestResults(RuleTestReport report, List<RuleTestMatch> matches, long omitted,
                              List<SigmaRule> unmapped, OutOfOrder outOfOrder, String eventsFile) {

    /** How many matches are kept in detail; the report still counts and lists every match. */
    public static final int DETAILED = 100_000;

    public RuleTestResults {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(eventsFile, "eventsFile");
        matches = List.copyOf(matches);
        unmapped = List.copyOf(unmapped);
        if (omitted < 0) {
            throw new IllegalArgumentException("omitted must not be negative, got " + omitted);
        }
    }

    /**
     * The events that came more than {@code window} events after a newer one and were played after it: how many, and
     * the first (its 0-based index in the file and its time).
     */
    public record OutOfOrder(long events, long firstIndex, java.time.Instant firstTime, int window) {
    }

    /**
     * One line per rule whose logsource is mapped to nothing, as {@code file:line: warning: ...}; then one for the
     * events file when some of its events could not be played in time order.
     */
    public List<String> warnings() {
        List<String> warnings = new java.util.ArrayList<>(unmapped.stream().map(rule -> rule.file() + ":"
                + rule.line() + ": warning: rule '" + rule.title() + "' has logsource "
                + RuleTestRendering.logsource(rule.logsource()) + ", which no pipeline maps any event to: it can never"
                + " match (map it with --pipeline, see docs/pipelines.md)").toList());
        if (outOfOrder != null) {
            warnings.add(String.format(java.util.Locale.ROOT, "%s: warning: %,d event(s) came more than %,d events"
                    + " after newer ones and were played out of time order (the first at event index %d, %s), so"
                    + " time windows and correlations may not match as on a sorted file; sort the file by time first"
                    + " (JSON lines written newest first are in order reversed: tac %s > sorted.jsonl)", eventsFile,
                    outOfOrder.events(), outOfOrder.window(), outOfOrder.firstIndex(), outOfOrder.firstTime(),
                    eventsFile));
        }
        return warnings;
    }

    /** The report for people ({@link RuleTestReport#toText()}), then the warnings. */
    public String toText() {
        return report.toText() + RuleTestRendering.lines(warnings());
    }

    /** One row per match: rule, level, time, host and the values of the fields the rule reads; then the warnings. */
    public String toTable() {
        return RuleTestRendering.table(this);
    }

    /** One CSV row per match, with a header row ({@code rule_id,title,level,event_index,time,host,fields}). */
    public String toCsv() {
        return RuleTestRendering.csv(this);
    }

    /** One SARIF-style result object per line and match: rule id, level, message and the event's location. */
    public String toSarifLines() {
        return RuleTestRendering.sarif(this);
    }
}
