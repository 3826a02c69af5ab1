/**
 * The scenario model (immutable records), the YAML loader and validator that report every error as {@code file:line:column: message (at field.path)}, and the library of scenarios shipped under {@code scenarios/}.
 */
package dev.nightshift.scenario;
