/**
 * Processing pipelines as data: which Sigma logsource a raw record belongs to, and under which field names its rules
 * read its values.
 *
 * <p>A pipeline file is pySigma's processing-pipeline YAML ({@code name}, {@code priority}, {@code vars},
 * {@code transformations} with {@code rule_conditions}); {@link dev.nightshift.pipeline.PipelineParser} reads it with
 * every problem at its line and column, and refuses what cannot run here instead of ignoring it. pySigma plays a
 * pipeline on a rule to build a query; {@link dev.nightshift.pipeline.Pipeline} plays each file on a rule of every
 * logsource the file names and keeps what {@code add_condition} and {@code change_logsource} made of it as a
 * {@link dev.nightshift.pipeline.Route}: the conditions an event must meet to belong to that logsource. Files are
 * alternatives (Sysmon, Windows audit, PowerShell, Defender, Kernel-File, the Windows channels, CloudTrail and Zeek
 * DNS are the built-in ones, in {@code src/main/resources/pipelines/}); within a file pySigma's semantics hold. An
 * event gets the product, category and service of every route it meets, then the Sigma field names of
 * {@code field_name_mapping} and {@code field_template} items, and a name with spaces ({@code Threat Name}) is also
 * readable without them. {@code vars} fill the {@code %name%} placeholders of {@code |expand} values.
 * {@link dev.nightshift.pipeline.RecordTime} reads a record's time. {@code docs/pipelines.md} is the user's guide.
 */
package dev.nightshift.pipeline;
