package dev.nightshift.engineer;

import dev.nightshift.telemetry.Event;
import java.time.Instant;
import java.util.Objects;

/**
 * What the analysts wrote to the engineer before the window opened: a noisy rule ("rule R: N alerts this week, M%
 * closed as false positive"), or an attack they found by hand with no rule firing, with what they saw, when and on
 * which host; {@code sample} is the first event they found, {@code events} how many there were.
 */
public record Ticket(Kind kind, String ruleId, String ruleTitle, int alerts, int falsePositives, String technique,
                     String techniqueName, Instant seen, String host, String user, int events, Event sample) {

    /** A rule that is mostly noise, or an attack no rule caught. */
    public enum Kind { NOISY_RULE, FOUND_BY_HAND }

    public Ticket {
        Objects.requireNonNull(kind, "kind");
    }

    /** The share of the rule's alerts closed as false positive, 0 to 100. */
    public int falsePositivePercent() {
        return alerts == 0 ? 0 : (int) Math.round(100.0 * falsePositives / alerts);
    }
}
