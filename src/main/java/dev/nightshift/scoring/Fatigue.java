package dev.nightshift.scoring;

import dev.nightshift.scoring.ShiftOutcome.AlertOutcome;
import java.time.Duration;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Alert-fatigue measures of a shift: volume per simulated hour, false-positive share, queue age, never opened. */
final class Fatigue {

    private Fatigue() {
    }

    static ScoreCard.Fatigue of(ShiftOutcome outcome) {
        var alerts = outcome.alerts();
        double hours = Math.max(1.0 / 60, Duration.between(outcome.start(), outcome.endedAt()).toSeconds() / 3600.0);
        if (alerts.isEmpty()) {
            return new ScoreCard.Fatigue(0, 0, 0, 0, 0, 0);
        }
        double[] ages = alerts.stream()
                .mapToDouble(a -> Scorer.minutesBetween(a.raisedAt(),
                        a.firstActionAt() == null ? outcome.endedAt() : a.firstActionAt()))
                .toArray();
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        long falsePositives = alerts.stream().filter(a -> !a.attack()).count();
        long neverOpened = alerts.stream().filter(a -> a.firstActionAt() == null).count();
        return new ScoreCard.Fatigue(alerts.size() / hours, (double) falsePositives / alerts.size(),
                percentile.evaluate(ages, 50), percentile.evaluate(ages, 95), (double) neverOpened / alerts.size(),
                alerts.stream().mapToInt(AlertOutcome::count).sum());
    }

}
