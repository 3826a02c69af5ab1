package dev.nightshift.scoring;

import dev.nightshift.scenario.Engineering;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a deployed change set on the held-out week (docs/scoring.md, "The engineer's card"). The components:
 * detections kept (stage instances the original pack caught that the new one still catches), noise removed (the
 * share of the original's false positives gone), coverage gained (the share of the instances the original missed
 * that the new pack catches), hygiene (owner, reason and a sensible expiry on every exclusion and disabled rule) and
 * analyst hours saved (alerts removed times the triage minutes, against the original's false positives).
 *
 * <p>So that neither changing nothing nor switching everything off can win, the components are bound together:
 * noise removed and hours saved count only as far as detections were kept, and detections kept and hygiene count
 * only as far as the change set achieved something (noise removed and coverage gained). Broad exclusions and
 * disabled rules cost points besides.
 */
public final class EngineerScorer {

    static final int BROAD_POINTS = 5;
    static final int PENALTY_CAP = 30;

    private EngineerScorer() {
    }

    public static EngineerCard score(EngineerOutcome o) {
        Engineering.EngineerWeights w = o.weights();
        Double kept = o.caughtBefore() == 0 ? null : (double) o.keptFromBefore() / o.caughtBefore();
        int missedBefore = o.stageInstances() - o.caughtBefore();
        int gained = Math.max(0, o.caughtAfter() - o.keptFromBefore());
        Double coverage = missedBefore == 0 ? null : Math.min(1.0, (double) gained / missedBefore);
        Double noise = o.falsePositivesBefore() == 0 ? null
                : Math.max(0, o.falsePositivesBefore() - o.falsePositivesAfter()) / (double) o.falsePositivesBefore();
        Double hygiene = o.changes().isEmpty() ? null
                : o.changes().stream().mapToDouble(EngineerCard.Change::hygiene).average().orElse(0);
        int removed = Math.max(0, o.alertsBefore() - o.alertsAfter());
        Double hours = o.falsePositivesBefore() == 0 ? null
                : Math.min(1.0, removed / (double) o.falsePositivesBefore());

        double progress = progress(w, noise, coverage);
        double keptFactor = kept == null ? 1 : kept;
        double measured = 0;
        double points = 0;
        record Part(String name, int weight, Double score, double factor, String detail) {
        }
        List<Part> parts = List.of(
                new Part("detections kept", w.kept(), kept, progress, o.keptFromBefore() + " of " + o.caughtBefore()
                        + " stage instances the original pack caught; counts as far as noise and coverage improved ("
                        + percent(progress) + ")"),
                new Part("noise removed", w.noise(), noise, keptFactor, (o.falsePositivesBefore() - o.falsePositivesAfter())
                        + " of " + o.falsePositivesBefore() + " false positives gone; counts as far as detections were kept"),
                new Part("coverage gained", w.coverage(), coverage, 1, gained + " of " + missedBefore
                        + " stage instances the original pack missed now caught"),
                new Part("hygiene", w.hygiene(), hygiene, progress, o.changes().size() + " exclusions and disabled rules"
                        + " judged on owner, reason and expiry; counts as far as noise and coverage improved"),
                new Part("analyst hours saved", w.hours(), hours, keptFactor, removed + " alerts fewer x "
                        + o.triageMinutes() + " min = " + hoursText(removed, o.triageMinutes())
                        + " h; counts as far as detections were kept"));
        for (Part p : parts) {
            if (p.score() != null) {
                measured += p.weight();
                points += p.weight() * p.score() * p.factor();
            }
        }
        double scale = measured == 0 ? 0 : 100.0 / measured;
        List<EngineerCard.Component> scaled = new ArrayList<>();
        for (Part p : parts) {
            double earned = p.score() == null ? 0 : p.weight() * p.score() * p.factor() * scale;
            scaled.add(new EngineerCard.Component(p.name(), p.weight(), p.score(), round(earned), p.detail()));
        }
        int broad = (int) o.changes().stream().filter(EngineerCard.Change::broad).count();
        int penalty = Math.min(PENALTY_CAP, broad * BROAD_POINTS);
        int total = (int) Math.max(0, Math.min(100, Math.round(points * scale) - penalty));
        EngineerCard.Week week = new EngineerCard.Week(o.heldOutFrom(), o.heldOutTo(), o.heldOutEvents(),
                o.stageInstances(), o.caughtBefore(), o.caughtAfter(), o.keptFromBefore(), o.alertsBefore(),
                o.alertsAfter(), o.falsePositivesBefore(), o.falsePositivesAfter(),
                round(removed * o.triageMinutes() / 60.0));
        return new EngineerCard(o.scenarioId(), "engineer", o.seed(), total, scaled,
                new EngineerCard.Penalties(broad, BROAD_POINTS, PENALTY_CAP, penalty), week, o.rules(), o.changes(),
                o.hidden());
    }

    /** What the change set achieved: noise removed and coverage gained, by their weights (0 when neither is measured). */
    static double progress(Engineering.EngineerWeights w, Double noise, Double coverage) {
        double sum = 0;
        double weight = 0;
        if (noise != null) {
            sum += w.noise() * noise;
            weight += w.noise();
        }
        if (coverage != null) {
            sum += w.coverage() * coverage;
            weight += w.coverage();
        }
        return weight == 0 ? 0 : sum / weight;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String hoursText(int alerts, int minutes) {
        return String.format(java.util.Locale.ROOT, "%.1f", alerts * minutes / 60.0);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
