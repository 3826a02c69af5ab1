/**
 * Sigma detection: rule files in, alerts out, shaped as parse, compile, evaluate.
 *
 * <p><b>Parse.</b> {@link dev.nightshift.detection.RulePack#parse} composes each file with SnakeYAML (every node
 * keeps its line and column), reads each document into a rule model (metadata, logsource, and either a detection:
 * search identifiers holding field entries with modifiers and values, plus a condition tree; or a correlation:
 * type, referenced rules, group-by and aliases, timespan, condition) and collects every problem of every file as a
 * {@link dev.nightshift.detection.RuleError} at the position of the offending node. Parsing never throws.
 *
 * <p><b>Compile.</b> Still inside {@code parse}, each detection is compiled once into matchers: literals are
 * lower-cased once, wildcard values become globs matched in one pass (never backtracking), regular expressions
 * become RE2/J patterns, whose time is linear in the text ({@code LinearRegex} says what they refuse), CIDR ranges,
 * encodings (base64, base64offset, utf16) and windash are expanded up front, {@code expand} placeholders are replaced by the
 * values the pack was given for them (an unknown placeholder is an error), and the condition tree becomes a tree of
 * matchers. Correlations are resolved against the rules of the whole pack by id or name; a correlation may
 * reference another correlation (chaining), but not in a cycle.
 *
 * <p><b>Index.</b> Each detection also yields its needles: per field, literals of which an event's field must hold
 * one for the rule to match, each with where it must sit: a plain value or whole number must be the whole text, a
 * startswith value its start, an endswith value its end, a contains value (or a value with wildcards inside, by its
 * longest literal run) anywhere, and a regular expression by the literals every match of it holds
 * ({@code RegexLiterals}); nothing is derived through {@code not}, CIDR or comparisons. Literals are folded so that
 * every character folding outside ASCII is one symbol, which lets non-ASCII and control-character values (emoji,
 * homoglyphs, padding) be indexed too. Of the fields a search ANDs, the one with the longest weakest literal is kept
 * (a rare character weighing more), anchored ones preferred. Per logsource and field, one Aho-Corasick automaton
 * finds every rule's anywhere-literals in one pass, and two tries find the anchored ones reading from one end of the
 * text only as far as some literal goes; rules whose literals are missing are skipped, only the rules left are
 * visited, and logsources that select the same rules share one index.
 *
 * <p><b>Evaluate.</b> {@link dev.nightshift.detection.DetectionEngine} tests each event only against the rules
 * whose logsource parts all equal the event's (case-insensitively; a {@code registry_event} rule also covers the
 * registry add, delete, set and rename events), raises an {@link dev.nightshift.detection.Alert} per matching rule
 * (unless the rule only feeds a correlation) and feeds correlation windows, which fire once per group when their
 * condition is met and then start that group afresh. A correlation's alert feeds the correlations chained on it,
 * which read its group-by values.
 *
 * <p><b>Time modifiers.</b> {@code minute}, {@code hour}, {@code day} (of the month), {@code week} (ISO week of the
 * year), {@code month} and {@code year} match a timestamp field (ISO-8601 text, a date and time without zone taken as
 * UTC, or epoch seconds or milliseconds) whose part, in UTC, equals one of the rule's whole numbers, for example
 * {@code TimeCreated|hour: [22, 23, 0, 1]}; {@code @timestamp} names the event's own time when the event has no such
 * field. They combine only with {@code neq}, and yield no needles.
 *
 * <p><b>Correlation types.</b> Those of the Sigma correlation specification ({@code event_count},
 * {@code value_count}, {@code temporal}, {@code temporal_ordered}), and the numeric ones pySigma adds, which judge a
 * numeric {@code field} of the window's events (values that are not numbers are left out): {@code value_sum},
 * {@code value_avg} and {@code value_percentile}, whose condition also names a {@code percentile} from 0 to 100
 * (nearest-rank) and bounds that value, for example {@code condition: {field: bytes, percentile: 95, gt: 1000000}}.
 *
 * <p><b>Extension: {@code impossible_travel}.</b> Not part of Sigma; ours, for sign-ins whose events carry
 * geographic coordinates. Its correlation names the coordinate fields with {@code latitude} and {@code longitude}
 * (decimal degrees, as numbers or decimal texts), groups by the user with {@code group-by}, and bounds the speed in
 * kilometres per hour with {@code condition}. For each group it keeps the latest sign-in that has coordinates; when
 * the next one arrives within {@code timespan}, the speed is the great-circle distance between the two (haversine,
 * earth radius 6,371 km) over the time between them (infinite for two places at the same instant), and the rule
 * fires when the condition holds, with both events. Example:
 * <pre>
 * correlation:
 *   type: impossible_travel
 *   rules: [successful_sign_in]
 *   group-by: [TargetUserName]
 *   timespan: 24h
 *   latitude: SourceLatitude
 *   longitude: SourceLongitude
 *   condition: {gt: 1000}
 * </pre>
 *
 * <p><b>Logs we did not write.</b> {@link dev.nightshift.detection.RuleTestRun} streams an exported log file
 * through {@code dev.nightshift.logs} (JSON lines, evtx_dump JSON, Windows event XML, ECS, CloudTrail) and the
 * processing pipelines of {@code dev.nightshift.pipeline}, which give each record the Sigma logsource its rules expect
 * ({@link dev.nightshift.detection.LogsourceMapping} is the built-in set for one record). It selects rules by level,
 * status and tag ({@link dev.nightshift.detection.RuleTestOptions}), names each rule whose logsource no pipeline maps,
 * and renders the matches as text, a table, CSV or SARIF lines ({@link dev.nightshift.detection.RuleTestResults});
 * {@link dev.nightshift.detection.RuleValidation} is what {@code rules validate} runs, with the warnings
 * {@code sigma check} gives. Given the truth file {@code generate --truth} wrote beside the
 * events, {@code rules test} judges every match: a true positive when any event behind it (for a correlation, the
 * events of its window) belongs to an attack stage; and it names the attack stages no rule's match touched.
 *
 * <p><b>Scenario check.</b> {@link dev.nightshift.detection.ScenarioCheck} plays a scenario's telemetry for a seed,
 * with nothing contained, through the scenario's own rule pack as a trainee's queue receives it (rules that only feed
 * a correlation raise nothing), and judges each alert by its events' hidden truth: per attack stage, which rules fire
 * on it and how long after its first event the first alert reaches the queue; per rule, alert volume and
 * false-positive share. A scenario can be won when every stage its answer key names raises an alert and each stage to
 * contain does so before the attack's last stage begins; a quiet night, with no attack stage, always can.
 */
package dev.nightshift.detection;
