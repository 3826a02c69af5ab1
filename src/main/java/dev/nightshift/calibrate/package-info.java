/**
 * Calibration: scripted players (doing nothing, ending at once, constant and random verdicts, containing or
 * escalating everything, the expert who follows the scenario's written playbook, and the oracle who knows the truth)
 * play a scenario through the same {@code Sessions} the shell uses, over several seeds, and their scores are held to
 * the bounds of docs/scoring.md, so that a scenario a lazy or constant player can win is caught before a class plays it.
 */
package dev.nightshift.calibrate;
