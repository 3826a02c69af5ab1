package dev.nightshift.game;

import java.time.Duration;
import java.time.Instant;

/**
 * How simulated time moves in a session: {@code manual} (it moves with wait and next, and every action costs
 * simulated minutes) or {@code realtime:<factor>} (it follows wall time times the factor, by itself).
 */
public record Pace(double factor) {

    /** Simulated time moves only when the trainee lets it. */
    public static final Pace MANUAL = new Pace(0);

    public Pace {
        if (factor < 0 || Double.isNaN(factor) || Double.isInfinite(factor) || factor > 3600) {
            throw new IllegalArgumentException("a real-time factor must be from 0 to 3600, got " + factor);
        }
    }

    /** Parses {@code manual} or {@code realtime:<factor>} (e.g. {@code realtime:60}: an hour a minute). */
    public static Pace parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("manual")) {
            return MANUAL;
        }
        if (t.startsWith("realtime:")) {
            try {
                double factor = Double.parseDouble(t.substring("realtime:".length()));
                if (factor > 0 && factor <= 3600) {
                    return new Pace(factor);
                }
            } catch (NumberFormatException notANumber) {
                // reported below with the accepted forms
            }
        }
        throw GameException.badInput("unknown pace '" + text + "': write manual, or realtime:<factor> with a factor"
                + " above 0 and up to 3600 (realtime:60 plays an hour a minute)");
    }

    public boolean isManual() {
        return factor == 0;
    }

    /** The simulated instant reached {@code wallMillis} after the session began at {@code start}. */
    public Instant simulated(Instant start, long wallMillis) {
        return start.plus(Duration.ofMillis(Math.round(Math.max(0, wallMillis) * factor)));
    }

    /** The form {@link #parse} reads. */
    public String text() {
        if (isManual()) {
            return "manual";
        }
        return "realtime:" + (factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor));
    }
}
