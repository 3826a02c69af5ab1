/**
 * Result files: the signed, versioned JSON record of one session that a hiring team keeps and compares. A
 * {@link dev.nightshift.result.ResultFile} holds the session (scenario, role, seed, variant, candidate), its score
 * card, every action with its simulated and wall time, and, for an ended shift, the debrief the reports draw (attack
 * stages, alerts with their truth, containments). {@link dev.nightshift.result.Canonical} gives the exact bytes that
 * are signed; {@link dev.nightshift.result.Signature} seals them with HMAC-SHA256 under a
 * {@link dev.nightshift.result.ProctorSecret} and checks a file against it. The schema is
 * {@code docs/result.schema.json}; nothing here knows the game or the store: they hand in the data.
 */
package dev.nightshift.result;
