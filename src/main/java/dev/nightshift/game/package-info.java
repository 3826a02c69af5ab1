/**
 * A shift being played: the session (clock, alert queue, containment, journal of actions), the roles, and the adversary reacting to containment through the telemetry stream.
 * Beside the journal, two kinds of snapshot that never replace it: the queue's ({@code QueueView}, for one-shot
 * {@code alerts} and {@code status}) and the whole shift's ({@code ShiftSnapshot}, kept by {@code Snapshots} with the
 * logs the shift collected, {@code CollectedLogs}), which a command on a long session goes on from.
 */
package dev.nightshift.game;
