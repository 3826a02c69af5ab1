/**
 * Time and randomness, the two things that would make a run unrepeatable, enter nightshift here and
 * nowhere else. {@link dev.nightshift.sim.SimClock} is the only source of "now": a
 * {@link dev.nightshift.sim.ManualClock} moves with the trainee's {@code wait} and {@code next}, a
 * {@link dev.nightshift.sim.PacedClock} follows wall time times a factor. {@link dev.nightshift.sim.RandomStreams}
 * splits one root seed into independent named streams. This package imports nothing else of ours.
 */
package dev.nightshift.sim;
