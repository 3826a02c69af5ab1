package dev.nightshift.detection;

/**
 * A correlation's condition on a count, as the conjunction of its bounds; an absent bound is {@code null}.
 * A condition with only upper bounds ({@code lt}, {@code lte}) can be judged only once a window has closed.
 */
record CountCondition(Long gt, Long gte, Long lt, Long lte, Long eq) {

    CountCondition {
        if (gt == null && gte == null && lt == null && lte == null && eq == null) {
            throw new IllegalArgumentException("a count condition needs at least one bound");
        }
    }

    boolean test(long count) {
        return (gt == null || count > gt) && (gte == null || count >= gte) && (lt == null || count < lt)
                && (lte == null || count <= lte) && (eq == null || count == eq);
    }

    boolean judgedAtWindowEnd() {
        return gt == null && gte == null && eq == null;
    }
}
