package dev.nightshift.cohort;

import dev.nightshift.scoring.EngineerCard;
import dev.nightshift.scoring.ScoreCard;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads a cohort's metrics off a score card: the total, each component on 0 to 100, and the measures behind them. */
public final class CardMetrics {

    private CardMetrics() {
    }

    /** An analyst's card: score, the four components (those the shift measured), time to acknowledge, damage, penalty. */
    public static Map<String, Double> of(ScoreCard card) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("score", (double) card.total());
        component(metrics, "accuracy", card.accuracyScore());
        component(metrics, "containment", card.containmentScore());
        component(metrics, "response", card.responseScore());
        component(metrics, "fatigue", card.fatigueScore());
        if (card.response() != null && card.response().meanMinutesToAcknowledgeAttacks() != null) {
            metrics.put("minutes_to_acknowledge", card.response().meanMinutesToAcknowledgeAttacks());
        }
        metrics.put("stages_completed", (double) card.stagesCompleted());
        metrics.put("penalty", card.penalties() == null ? 0.0 : card.penalties().points());
        return metrics;
    }

    /** An engineer's card: score and each component by name. */
    public static Map<String, Double> of(EngineerCard card) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("score", (double) card.total());
        for (EngineerCard.Component c : card.components()) {
            component(metrics, c.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"), c.score());
        }
        if (card.penalties() != null) {
            metrics.put("penalty", (double) card.penalties().points());
        }
        return metrics;
    }

    private static void component(Map<String, Double> metrics, String key, Double score) {
        if (score != null) {
            metrics.put(key, Math.round(score * 1000) / 10.0); // 0 to 100, one decimal, as the card shows it
        }
    }
}
