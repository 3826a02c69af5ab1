/**
 * Rules out to the SIEMs: {@code rules convert --to splunk|kusto|lucene|esql} writes the query Splunk, Microsoft
 * Sentinel and Defender, Elasticsearch and ES|QL would run for a Sigma detection rule.
 *
 * <p>The shape is pySigma's. {@link dev.nightshift.detection.DetectionTree} gives a rule the engine loaded (so
 * every modifier and condition is valid, and {@code expand} placeholders are filled); {@code QueryBuilder} turns it
 * into pySigma's condition tree after the modifiers ({@code contains} and friends become wildcards, {@code windash}
 * and {@code base64offset} become variants, {@code re}, {@code cidr}, {@code gt}..., {@code exists},
 * {@code fieldref} and null become typed terms, {@code neq} a NOT) and plays the chosen pipelines' steps
 * ({@code field_name_mapping}, {@code add_condition}, {@code change_logsource}) as pySigma does before a backend;
 * {@code TextTarget} walks the tree with the rules of pySigma's {@code TextQueryBackend} (precedence and brackets,
 * value lists, startswith/endswith/contains forms by wildcard position, escaping and quoting), and one class per
 * target fills in its backend's tokens and templates. What a target cannot express is a
 * {@code ConversionFailure}, reported by {@link dev.nightshift.convert.RuleConverter} as a sentence at the rule's
 * position. {@code docs/convert.md} says where we follow the backends and where we differ on purpose.
 */
package dev.nightshift.convert;
