/**
 * Scoring a finished session: verdict accuracy, response times, containment, alert fatigue, and the 0-100 score card built from the scenario's weights.
 */
package dev.nightshift.scoring;
