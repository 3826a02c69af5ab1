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
    /** A look-up in the threat-intelligence feeds. */
    static final Duration INTEL = Duration.ofMinutes(2);
    /** Reading an entity's card and recent activity. */
    static final Duration WHOIS = Duration.ofMinutes(2);

    static final Duration BULK_BASE = Duration.ofMinutes(3);
    static final Duration BULK_PER_ALERT = Duration.ofSeconds(15);
    static final Duration BULK_MAX = Duration.ofMinutes(10);

    /** A bulk verdict over {@code alerts} alerts: more than one verdict, less than one verdict per alert. */
    static Duration bulk(int alerts) {
        Duration cost = BULK_BASE.plus(BULK_PER_ALERT.multipliedBy(alerts));
        return cost.compareTo(BULK_MAX) > 0 ? BULK_MAX : cost;
    }

    private ActionCost() {
    }
}
