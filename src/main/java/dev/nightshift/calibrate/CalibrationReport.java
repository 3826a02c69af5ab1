package dev.nightshift.calibrate;

import dev.nightshift.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * What a calibration found: per player the score on each seed, its mean, range and standard deviation against the
 * player's bound; and how many alerts the expert left open (raised over 15 minutes before the end) on each seed.
 */
public record CalibrationReport(String scenarioId, List<PlayerResult> players, List<Integer> expertBacklog) {

    public CalibrationReport {
        players = List.copyOf(players);
        expertBacklog = List.copyOf(expertBacklog);
    }

    /** One player's scores over the seeds and whether they keep to its bound. */
    public record PlayerResult(String player, String bound, List<Long> seeds, List<Integer> scores, double mean,
                               int min, int max, double sd, boolean withinBound, boolean stable,
                               @com.fasterxml.jackson.annotation.JsonIgnore List<ScoreCard> cards,
                               @com.fasterxml.jackson.annotation.JsonIgnore List<dev.nightshift.scoring.EngineerCard> engineerCards) {

        public PlayerResult {
            seeds = List.copyOf(seeds);
            scores = List.copyOf(scores);
            cards = List.copyOf(cards);
            engineerCards = List.copyOf(engineerCards);
        }

        static PlayerResult of(String player, Bounds bounds, List<Long> seeds, List<ScoreCard> cards) {
            return of(player, bounds, seeds, cards.stream().map(ScoreCard::total).toList(), cards, List.of());
        }

        static PlayerResult ofEngineer(String player, Bounds bounds, List<Long> seeds,
                                       List<dev.nightshift.scoring.EngineerCard> cards) {
            return of(player, bounds, seeds, cards.stream().map(dev.nightshift.scoring.EngineerCard::total).toList(),
                    List.of(), cards);
        }

        private static PlayerResult of(String player, Bounds bounds, List<Long> seeds, List<Integer> scores,
                                       List<ScoreCard> cards, List<dev.nightshift.scoring.EngineerCard> engineerCards) {
            DescriptiveStatistics stats = new DescriptiveStatistics();
            scores.forEach(stats::addValue);
            double sd = scores.size() < 2 ? 0 : stats.getStandardDeviation();
            return new PlayerResult(player, bounds.text(), seeds, scores, stats.getMean(), (int) stats.getMin(),
                    (int) stats.getMax(), sd, scores.stream().allMatch(bounds::holds), sd <= bounds.maxSd(), cards,
                    engineerCards);
        }
    }

    /** Whether the scripted expert cleared the queue in the time the shift had, on every seed. */
    public boolean queueWorkable() {
        return expertBacklog.stream().allMatch(n -> n == 0);
    }

    /** Whether every bound holds and every player is stable across seeds and the queue can be worked. */
    public boolean passed() {
        return queueWorkable() && players.stream().allMatch(p -> p.withinBound() && p.stable());
    }

    /** One sentence per broken bound, for the instructor. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (PlayerResult p : players) {
            if (!p.withinBound()) {
                problems.add(String.format(Locale.ROOT, "%s scores %d to %d, outside its bound %s", p.player(),
                        p.min(), p.max(), p.bound()));
            }
            if (!p.stable()) {
                problems.add(String.format(Locale.ROOT, "%s varies by %.1f points (SD) across seeds, over %.0f",
                        p.player(), p.sd(), Bounds.of(p.player()).maxSd()));
            }
        }
        if (!queueWorkable()) {
            problems.add("the scripted expert left alerts open at the end (" + expertBacklog
                    + " per seed): the queue is more than one analyst can work in this shift");
        }
        return problems;
    }
}
