/**
 * Scenarios: the immutable model ({@link dev.nightshift.scenario.Scenario} with its organisation, noise sources,
 * look-alikes, attack {@link dev.nightshift.scenario.Stage stages}, rule pack, answer key and scoring weights), the
 * YAML loader and validator, and the {@link dev.nightshift.scenario.ScenarioLibrary} of scenarios shipped under
 * {@code scenarios/}. The loader composes the file with SnakeYAML and walks the node tree itself, so every problem
 * (syntax, unknown or missing fields, wrong types, unknown ATT&CK ids, a stage {@code after} one that does not
 * come before it, unreadable durations, missing rule files) becomes a {@link dev.nightshift.scenario.ScenarioError}
 * printed as {@code file:line:column: message (at attack.stages[2].technique)}; all of them are reported together
 * in one {@link dev.nightshift.scenario.ScenarioException}, never as a stack trace. Files over 1 MiB, empty files
 * and alias bombs are refused.
 */
package dev.nightshift.scenario;
