package dev.nightshift.game;

import java.time.Duration;

/**
 * What each investigative action costs in simulated time at manual pace, so that response time stays
 * meaningful: reading an alert, deciding, isolating a host all take an analyst's minutes.
 */
final class ActionCost {

    static final Duration VIEW_ALERT = Duration.ofMinutes(1);
    static final Duration SEARCH = Duration.ofMinutes(2);
    static final Duration TRIAGE = Duration.ofMinutes(2);
    static final Duration ESCALATE = Duration.ofMinutes(3);
    static final Duration CONTAIN = Duration.ofMinutes(5);
    static final Duration RELEASE = Duration.ofMinutes(2);

    private ActionCost() {
    }
}
