/**
 * Scenarios: the immutable model ({@link dev.nightshift.scenario.Scenario} with its organisation, noise sources,
 * look-alikes, attack {@link dev.nightshift.scenario.Stage stages}, rule pack, answer key and scoring weights), the
 * YAML loader and validator, and the {@link dev.nightshift.scenario.ScenarioLibrary} of scenarios shipped under
 * {@code scenarios/}. The {@link dev.nightshift.scenario.Vocabulary} names every extension point a file may use
 * (noise sources, look-alike kinds, stage emitters with their parameters, each technique's default emitter); the
 * telemetry's registries implement exactly it, and {@link dev.nightshift.scenario.ScenarioSchema} turns it into
 * the JSON Schema shipped for editors. The loader composes the file with SnakeYAML and walks the node tree itself,
 * so every problem (syntax, unknown or missing fields, wrong types, unknown ATT&CK ids, unknown sources, look-alikes
 * or emitters and their parameters, references to missing stages, cycles in {@code after}, stages that cannot start
 * before the shift ends, missing rule files) becomes a {@link dev.nightshift.scenario.ScenarioError} printed as
 * {@code file:line:column: message (at attack.stages[2].technique)}; all of them are reported together in one
 * {@link dev.nightshift.scenario.ScenarioException}, never as a stack trace. Files over 1 MiB, empty files, tabs,
 * duplicate keys and alias bombs are refused with a clear message.
 */
package dev.nightshift.scenario;
