/**
 * Exported logs read as records: the shapes SOCs export, one record at a time and in constant memory.
 *
 * <p>{@link dev.nightshift.logs.LogReader} opens a file and tells its shape from its first bytes
 * ({@link dev.nightshift.logs.LogFormat#AUTO}) or takes the one given: JSON lines (each line one object, read from
 * bytes in one pass by {@code JsonLine}, whose {@code LineFields} leave texts and numbers in the line until a rule
 * reads them; Jackson reads, and reports, any line that reader is not sure of), concatenated or pretty-printed JSON documents and arrays (evtx_dump's output with its {@code Record N}
 * lines), CloudTrail's {@code {"Records": [...]}} streamed record by record, and Windows event XML read with StAX (no
 * DTD, no external entity). Windows events in JSON or XML are flattened to the field names Sigma rules use
 * ({@code EventID}, {@code Channel}, {@code Provider_Name}, every {@code Data Name=}, the values of {@code UserData});
 * Winlogbeat and Elastic Agent documents become the same Windows records, and nightshift's own ECS export its
 * original lines. Each {@link dev.nightshift.logs.LogRecord} keeps its position; every problem is an
 * {@link dev.nightshift.pipeline.InputProblem} at a line and column, never an exception. Which Sigma logsource a
 * record belongs to is the pipelines' business, not this package's.
 */
package dev.nightshift.logs;
