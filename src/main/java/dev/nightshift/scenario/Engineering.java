package dev.nightshift.scenario;

import java.util.List;
import java.util.Objects;

/**
 * The security engineer's side of a scenario: how many past days the change window shows and on how many of them
 * the attack played (the held-out week that grades the deployed rules has as many), how often the analysts'
 * verdicts were wrong, how many minutes an analyst spends on one alert, the weights of the engineer's card, and
 * the change set that the truth suggests (the scripted engineer of {@code scenario calibrate} deploys it).
 */
public record Engineering(int historyDays, int attackDays, double labelError, int triageMinutes,
                          EngineerWeights weights, List<Fix> solution) {

    /** Seven days, three of them with the attack, 5% labelling error, six minutes an alert, the default weights. */
    public static final Engineering DEFAULT = new Engineering(7, 3, 0.05, 6, EngineerWeights.DEFAULT, List.of());

    public Engineering {
        Objects.requireNonNull(weights, "weights");
        solution = List.copyOf(solution);
        if (historyDays < 1 || historyDays > 31) {
            throw new IllegalArgumentException("history_days must be between 1 and 31, got " + historyDays);
        }
        if (attackDays < 1 || attackDays > historyDays) {
            throw new IllegalArgumentException("attack_days must be between 1 and history_days, got " + attackDays);
        }
        if (labelError < 0 || labelError > 0.5) {
            throw new IllegalArgumentException("label_error must be between 0 and 0.5, got " + labelError);
        }
        if (triageMinutes < 1 || triageMinutes > 120) {
            throw new IllegalArgumentException("triage_minutes must be between 1 and 120, got " + triageMinutes);
        }
    }

    /** How much each part of the engineer's card weighs, in points out of 100. */
    public record EngineerWeights(int kept, int noise, int coverage, int hygiene, int hours) {

        public static final EngineerWeights DEFAULT = new EngineerWeights(30, 30, 15, 15, 10);

        public EngineerWeights {
            if (kept < 0 || noise < 0 || coverage < 0 || hygiene < 0 || hours < 0) {
                throw new IllegalArgumentException("engineer weights must not be negative");
            }
            if (kept + noise + coverage + hygiene + hours != 100) {
                throw new IllegalArgumentException("engineer weights must add up to 100");
            }
        }
    }

    /**
     * One change of the suggested change set: an exclusion of {@code exclude} (terms {@code field=value}, all of
     * which must hold) on {@code rule}; a rule file to add ({@code file} without {@code rule}); or {@code rule}
     * rewritten as the one rule of {@code file}.
     */
    public record Fix(String rule, List<String> exclude, String reason, RuleSource file) {

        public Fix {
            exclude = List.copyOf(exclude);
            if (rule == null && file == null || rule != null && file == null && exclude.isEmpty()) {
                throw new IllegalArgumentException("a fix tunes a rule, adds a rule file or rewrites a rule");
            }
        }

        public boolean isNewRule() {
            return rule == null;
        }

        public boolean isEdit() {
            return rule != null && file != null;
        }
    }
}
