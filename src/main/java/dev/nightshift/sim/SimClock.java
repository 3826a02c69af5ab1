package dev.nightshift.sim;

import java.time.Instant;

/** The only source of "now" in nightshift: every component asks its clock, never the system. */
public interface SimClock {

    /** The current simulated instant. */
    Instant now();
}
