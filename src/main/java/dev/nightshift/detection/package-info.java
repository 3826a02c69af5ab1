/**
 * Sigma detection: the rule model, the YAML parser that reports errors with their position, the compiler from rules to matchers, logsource matching, correlation rules and the engine that turns events into alerts.
 */
package dev.nightshift.detection;
