package dev.nightshift.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@code scenario check} found by playing a scenario's telemetry through its own rule pack, with nobody
 * containing anything: per attack stage, the rules whose alerts include its events and how soon the first came; per
 * rule, its alert volume and false-positive share; the rule pack's errors; and whether the scenario can be won,
 * with the reasons when it cannot. {@link #toText()} is for instructors, {@link #toJson()} for scripts.
 */
public record ScenarioCheckReport(String scenario, long seed, Instant start, Instant end, long events,
                                  long attackEvents, List<StageCheck> stages, List<RuleCheck> rules,
                                  List<RuleError> errors, boolean winnable, List<String> reasons) {

    /**
     * One attack stage: its status at the end of the shift, how many events it emitted and when (null times when it
     * never started), the rules whose true-positive alerts include its events, and when the first such alert reached
     * the queue (null: none; for a correlation judged when its window closes, that is the close, not its last event).
     */
    public record StageCheck(String id, String technique, String status, long events, Instant firstEvent,
                             Instant lastEvent, List<StageRule> rules, Instant firstAlert) {

        public StageCheck {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(technique, "technique");
            Objects.requireNonNull(status, "status");
            rules = List.copyOf(rules);
            if (events < 0) {
                throw new IllegalArgumentException("events must not be negative, got " + events);
            }
            if ((firstEvent == null) != (events == 0) || (firstEvent == null) != (lastEvent == null)) {
                throw new IllegalArgumentException("a stage has first and last event times exactly when it has events");
            }
            if (firstAlert != null && firstEvent == null) {
                throw new IllegalArgumentException("an alert on stage " + id + " needs its events");
            }
        }

        /** Whether any rule raised an alert on this stage's events. */
        public boolean detected() {
            return firstAlert != null;
        }

        /** From the stage's first event to its first alert; null when no alert came. */
        public Duration firstAlertDelay() {
            return firstAlert == null ? null : Duration.between(firstEvent, firstAlert);
        }
    }

    /** A rule that fired on a stage, and how many of its alerts include that stage's events. */
    public record StageRule(String id, String title, int alerts) {

        public StageRule {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            if (alerts < 1) {
                throw new IllegalArgumentException("a rule that fired on a stage has at least one alert, got " + alerts);
            }
        }
    }

    /**
     * One rule of the pack: the alerts it raised and how many were true positives (an event behind the alert belongs
     * to an attack stage); {@code feedsOnly} when it raises no alert of its own but feeds correlations.
     */
    public record RuleCheck(SigmaRule rule, int alerts, int truePositives, boolean feedsOnly) {

        public RuleCheck {
            Objects.requireNonNull(rule, "rule");
            if (alerts < 0 || truePositives < 0 || truePositives > alerts) {
                throw new IllegalArgumentException("need 0 <= true positives <= alerts, got " + truePositives + " of "
                        + alerts);
            }
        }

        /** The alerts none of whose events belongs to an attack stage. */
        public int falsePositives() {
            return alerts - truePositives;
        }

        /** False positives over alerts, from 0 to 1; 0 for a rule that raised none. */
        public double falsePositiveShare() {
            return alerts == 0 ? 0 : (double) falsePositives() / alerts;
        }
    }

    public ScenarioCheckReport {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (events < 0 || attackEvents < 0 || attackEvents > events) {
            throw new IllegalArgumentException("need 0 <= attack events <= events, got " + attackEvents + " of " + events);
        }
        stages = List.copyOf(stages);
        rules = List.copyOf(rules);
        errors = List.copyOf(errors);
        reasons = List.copyOf(reasons);
        if (winnable != reasons.isEmpty()) {
            throw new IllegalArgumentException("a scenario is winnable exactly when no reason stands in the way, got "
                    + "winnable=" + winnable + " with " + reasons.size() + " reasons");
        }
    }

    /** The same report with one more reason why the scenario cannot be won. */
    public ScenarioCheckReport withReason(String reason) {
        List<String> more = new java.util.ArrayList<>(reasons);
        more.add(reason);
        return new ScenarioCheckReport(scenario, seed, start, end, events, attackEvents, stages, rules, errors, false,
                more);
    }

    /** 0 when the rule pack loaded and the scenario can be won, 1 when it cannot be won, 2 when the pack has errors. */
    public int exitCode() {
        return !errors.isEmpty() ? 2 : winnable ? 0 : 1;
    }

    /** For instructors: the shift, then each attack stage, each rule, the errors and the verdict with its reasons. */
    public String toText() {
        return ScenarioCheckRendering.text(this);
    }

    /**
     * One JSON object on one line: {@code {"scenario", "seed", "start", "end", "events", "attack_events", "stages":
     * [{"id", "technique", "status", "events", "first_event", "last_event", "rules": [{"id", "title", "alerts"}],
     * "first_alert", "first_alert_delay_seconds"}], "rules": [{"id", "title", "type", "level", "feeds_only",
     * "alerts", "true_positives", "false_positives", "false_positive_share"}], "errors": [{"file", "line",
     * "column", "message"}], "winnable", "reasons": [...]}}; absent times are null.
     */
    public String toJson() {
        return ScenarioCheckRendering.json(this);
    }
}
