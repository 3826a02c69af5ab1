/**
 * Renders a session's score card and result for people and scripts: the card as text and JSON, and from a
 * {@link dev.nightshift.result.ResultFile} a Markdown report, a self-contained HTML page with SVG charts (the attack
 * against the trainee's actions, the queue over the shift, the verdict confusion matrix, the ATT&CK matrix), and an
 * ATT&CK Navigator layer of one result or a cohort ({@link dev.nightshift.report.Reports} picks the format).
 */
package dev.nightshift.report;
