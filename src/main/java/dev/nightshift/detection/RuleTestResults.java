package dev.nightshift.detection;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@code rules test} found: the {@link RuleTestReport} (its JSON is the stable {@code --json} contract),
 * the matches in detail for the table, CSV and SARIF outputs (the first {@link #DETAILED} of them; {@code omitted}
 * counts the rest), and the selected rules whose logsource no pipeline maps and no event had, which can never match.
 */
public record RuleTestResults(RuleTestReport report, List<RuleTestMatch> matches, long omitted,
                              List<SigmaRule> unmapped, String eventsFile) {

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

    /** One line per rule whose logsource is mapped to nothing, as {@code file:line: warning: ...}. */
    public List<String> warnings() {
        return unmapped.stream().map(rule -> rule.file() + ":" + rule.line() + ": warning: rule '" + rule.title()
                + "' has logsource " + RuleTestRendering.logsource(rule.logsource()) + ", which no pipeline maps "
                + "any event to: it can never match (map it with --pipeline, see docs/pipelines.md)").toList();
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
