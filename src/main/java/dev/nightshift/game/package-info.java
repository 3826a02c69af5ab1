/**
 * A shift being played: the session (clock, alert queue, containment, journal of actions), the roles, and the adversary reacting to containment through the telemetry stream.
 */
package dev.nightshift.game;
