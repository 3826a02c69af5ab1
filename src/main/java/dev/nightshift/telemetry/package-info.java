/**
 * Telemetry: {@link dev.nightshift.telemetry.Telemetry#open} turns a scenario and its world into one pull-style,
 * time-ordered {@link dev.nightshift.telemetry.TelemetryStream}. Inside, a discrete-event schedule ordered by
 * (time, sequence) merges benign noise (Windows Security logons, logoffs and failures; sshd sessions) arriving
 * along the office day, look-alikes built to trip rules (password typos), and attack stage players that ask the
 * game's {@link dev.nightshift.telemetry.Containment} before every event and stop, with every stage after them,
 * once their host, user or IP is contained. Each source and stage draws from its own named random stream, so a
 * seed gives the same events on any machine. Events carry native field names (Sigma taxonomy) and a hidden
 * {@link dev.nightshift.telemetry.Truth}; {@link dev.nightshift.telemetry.JsonLinesFormat} writes them without it.
 */
package dev.nightshift.telemetry;
