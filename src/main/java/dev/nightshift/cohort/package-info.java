/**
 * Cohorts for hiring teams: signed results imported into the session database (H2 or a shared PostgreSQL), and the
 * cohort report that compares them. {@link dev.nightshift.cohort.CohortImport} verifies every file of a batch before
 * it keeps any (a batch with one bad file keeps nothing and names every bad file); {@link
 * dev.nightshift.cohort.CohortStatistics} gives per metric (score, each card component, response time, ...) the
 * distribution, percentiles, z-scores, the ranking with ties and where each candidate stands; {@link
 * dev.nightshift.cohort.CohortText} and {@link dev.nightshift.cohort.CohortHtml} render it.
 */
package dev.nightshift.cohort;
