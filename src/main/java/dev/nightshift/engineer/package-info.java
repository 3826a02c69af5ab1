/**
 * The security engineer's change window: a week of the organisation's history with the analysts' verdicts, the
 * tickets that open the window, the change set of tuned, disabled and new rules, its backtest on the history, and
 * the grading of the deployed pack on a held-out week.
 */
package dev.nightshift.engineer;
