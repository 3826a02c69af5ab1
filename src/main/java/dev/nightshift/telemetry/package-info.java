/**
 * Events and their hidden truth labels, the log sources of benign noise, the look-alikes built to trip rules, the attack stage players that react to containment, the merged time-ordered stream and its output formats.
 */
package dev.nightshift.telemetry;
