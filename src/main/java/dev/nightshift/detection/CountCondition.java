package dev.nightshift.detection;

/**
 * A correlation's condition on a measured number (a count, a sum, an average, a percentile or a speed), as the
 * conjunction of its bounds; an absent bound is {@code null}. A condition with only upper bounds ({@code lt},
 * {@code lte}) can be judged only once a window has closed.
 */
record CountCondition(Double gt, Double gte, Double lt, Double lte, Double eq) {

    CountCondition {
        if (gt == null && gte == null && lt == null && lte == null && eq == null) {
            throw new IllegalArgumentException("a condition needs at least one bound");
        }
    }

    boolean test(double value) {
        return !Double.isNaN(value) && (gt == null || value > gt) && (gte == null || value >= gte)
                && (lt == null || value < lt) && (lte == null || value <= lte) && (eq == null || value == eq);
    }

    boolean judgedAtWindowEnd() {
        return gt == null && gte == null && eq == null;
    }
}
