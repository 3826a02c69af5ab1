package dev.nightshift.scenario;

/** How much each part of the score card weighs, in points out of 100. */
public record ScoringWeights(int accuracy, int containment, int response, int fatigue) {

    public ScoringWeights {
        if (accuracy < 0 || containment < 0 || response < 0 || fatigue < 0) {
            throw new IllegalArgumentException("scoring weights must not be negative");
        }
        int sum = accuracy + containment + response + fatigue;
        if (sum != 100) {
            throw new IllegalArgumentException("scoring weights must add up to 100, got " + sum);
        }
    }
}
