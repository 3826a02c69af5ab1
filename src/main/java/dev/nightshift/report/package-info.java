/**
 * Renders a score card for people and scripts: text and JSON reports.
 */
package dev.nightshift.report;
