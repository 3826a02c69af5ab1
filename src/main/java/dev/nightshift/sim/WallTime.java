package dev.nightshift.sim;

/**
 * The wall clock, for the one thing that needs it: a session played at real-time pace, whose simulated time
 * follows wall time across processes. Everything else takes time from a {@link SimClock}.
 */
public final class WallTime {

    private WallTime() {
    }

    /** Milliseconds since the epoch, from the system clock. */
    public static long epochMillis() {
        return System.currentTimeMillis();
    }
}
