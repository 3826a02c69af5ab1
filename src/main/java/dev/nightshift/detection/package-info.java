/**
 * Sigma detection: rule files in, alerts out, shaped as parse, compile, evaluate.
 *
 * <p><b>Parse.</b> {@link dev.nightshift.detection.RulePack#parse} composes each file with SnakeYAML (every node
 * keeps its line and column), reads each document into a rule model (metadata, logsource, and either a detection:
 * search identifiers holding field entries with modifiers and values, plus a condition tree; or a correlation:
 * type, referenced rules, group-by, timespan, count condition) and collects every problem of every file as a
 * {@link dev.nightshift.detection.RuleError} at the position of the offending node. Parsing never throws.
 *
 * <p><b>Compile.</b> Still inside {@code parse}, each detection is compiled once into matchers: literals are
 * lower-cased once, wildcard values and regular expressions become precompiled patterns, CIDR ranges, encodings
 * (base64, base64offset, utf16) and windash are expanded up front, and the condition tree becomes a tree of
 * matchers. Correlations are resolved against the detection rules of the whole pack by id or name.
 *
 * <p><b>Evaluate.</b> {@link dev.nightshift.detection.DetectionEngine} tests each event only against the rules
 * whose logsource parts all equal the event's (case-insensitively), raises an
 * {@link dev.nightshift.detection.Alert} per matching rule (unless the rule only feeds a correlation) and feeds
 * correlation windows, which fire once per group when their condition is met and then start that group afresh.
 */
package dev.nightshift.detection;
