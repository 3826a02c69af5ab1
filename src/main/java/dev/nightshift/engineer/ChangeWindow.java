package dev.nightshift.engineer;

import dev.nightshift.detection.RulePack;
import dev.nightshift.detection.SigmaRule;
import dev.nightshift.detection.SigmaSource;
import dev.nightshift.game.Action;
import dev.nightshift.game.EventQuery;
import dev.nightshift.game.GameException;
import dev.nightshift.game.SearchResult;
import dev.nightshift.search.LogStore;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scoring.EngineerCard;
import dev.nightshift.scoring.EngineerScorer;
import dev.nightshift.telemetry.Event;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The engineer's change window, being played: last week's history with the analysts' verdicts and tickets, the
 * change set as it stands, and, once deployed, the card from the held-out week. The window opens on the morning of
 * the scenario's day, and its clock does not move: expiries are measured from then. Every change goes through
 * {@link #apply(Action)}, which the journal replays.
 */
public final class ChangeWindow {

    /** One line of {@code rule list}. */
    public record RuleRow(SigmaRule rule, String type, int alerts, int truePositives, int falsePositives,
                          ChangeSet.State state) {

        /** The share of the rule's alerts the analysts closed as false positive, or null without alerts. */
        public Integer falsePositivePercent() {
            return alerts == 0 ? null : (int) Math.round(100.0 * falsePositives / alerts);
        }
    }

    /** What one {@code rule tune} asks for; null parts are left as they are. */
    public record Tuning(String rule, List<String> exclude, String owner, String reason, String expires,
                         Long threshold, String timespan, List<String> groupBy, String level) {

        public Tuning {
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
            groupBy = groupBy == null ? List.of() : List.copyOf(groupBy);
        }

        /** The journaled action of this tuning. */
        public Action action() {
            return Action.of("tune", rule, String.join("\n", exclude), owner, reason, expires,
                    threshold == null ? "" : threshold.toString(), timespan, String.join("\n", groupBy), level);
        }

        static Tuning of(Action a) {
            return new Tuning(a.arg(0), lines(a.arg(1)), blank(a.arg(2)), blank(a.arg(3)), blank(a.arg(4)),
                    a.arg(5).isEmpty() ? null : Long.parseLong(a.arg(5)), blank(a.arg(6)), lines(a.arg(7)),
                    blank(a.arg(8)));
        }
    }

    private final Scenario scenario;
    private final long seed;
    private final History history;
    private final ChangeSet changes;
    private EngineerCard card;
    private LogStore logs;

    private ChangeWindow(Scenario scenario, long seed, History history, ChangeSet changes) {
        this.scenario = scenario;
        this.seed = seed;
        this.history = history;
        this.changes = changes;
    }

    /** Opens the window of a session of {@code seed}: plays the history and runs the scenario's pack over it. */
    public static ChangeWindow open(Scenario scenario, long seed) {
        if (!scenario.roles().contains("engineer")) {
            throw GameException.badInput("scenario " + scenario.id() + " cannot be played as engineer; its roles are "
                    + String.join(", ", scenario.roles()));
        }
        ChangeSet changes = new ChangeSet(scenario.rules(), seed);
        if (!changes.original().errors().isEmpty()) {
            throw GameException.refused("the rule pack of scenario " + scenario.id() + " has errors: "
                    + changes.original().errors().get(0).format());
        }
        return new ChangeWindow(scenario, seed, History.of(scenario, seed, changes.original()), changes);
    }

    public Scenario scenario() {
        return scenario;
    }

    public long seed() {
        return seed;
    }

    /** The window's clock: the morning of the scenario's day, after the history and before the held-out week. */
    public Instant now() {
        return scenario.start();
    }

    public History history() {
        return history;
    }

    public ChangeSet changes() {
        return changes;
    }

    public boolean deployed() {
        return card != null;
    }

    /** The card of the deployed change set, or null before the deploy. */
    public EngineerCard card() {
        return card;
    }

    /** Every rule, original ones first, with last week's numbers and its state now. */
    public List<RuleRow> rules() {
        List<RuleRow> rows = new ArrayList<>();
        List<SigmaRule> all = new ArrayList<>(changes.original().rules());
        changes.pack().rules().stream().filter(r -> all.stream().noneMatch(o -> o.id().equals(r.id()))).forEach(all::add);
        for (SigmaRule rule : all) {
            List<HistoryAlert> of = alertsOf(rule);
            int tp = (int) of.stream().filter(HistoryAlert::labelledTrue).count();
            rows.add(new RuleRow(rule, type(rule), of.size(), tp, of.size() - tp, changes.state(rule)));
        }
        return rows;
    }

    public List<HistoryAlert> alertsOf(SigmaRule rule) {
        return history.alerts().stream().filter(a -> a.alert().ruleId().equals(rule.id())).toList();
    }

    /** The rule's kind as {@code rule list} shows it: detection, or the correlation's type. */
    public String type(SigmaRule rule) {
        if (!rule.isCorrelation()) {
            return "detection";
        }
        var root = RuleText.root(changes.document(rule));
        var corr = root == null ? null : RuleText.value(root, "correlation");
        String type = corr instanceof org.yaml.snakeyaml.nodes.MappingNode m ? RuleText.scalar(m, "type") : null;
        return type == null ? "correlation" : type;
    }

    public Evidence evidence(SigmaRule rule) {
        return Evidence.of(alertsOf(rule));
    }

    /** Searches last week's events, as of the week's end: how many match and the latest {@code limit}, or a table. */
    public SearchResult search(EventQuery query, int limit) {
        if (limit < 1) {
            throw GameException.badInput("the limit must be at least 1, got " + limit);
        }
        if (logs == null) {
            logs = LogStore.of(history.events());
        }
        return SearchResult.of(query, logs, history.end(), limit);
    }

    /** Replays the change set on the history, for the named rules (none: every rule). */
    public Backtest test(List<String> rules) {
        return Backtest.run(history, changes, rules.stream().map(changes::rule).toList());
    }

    /** The change set as a unified diff of the rule files, originals first, then new files. */
    public String diff() {
        StringBuilder out = new StringBuilder();
        Map<String, String> was = changes.originalFiles();
        Map<String, String> now = changes.files();
        was.forEach((path, text) -> out.append(UnifiedDiff.of(path, text, now.get(path))));
        now.forEach((path, text) -> {
            if (!was.containsKey(path)) {
                out.append(UnifiedDiff.of(path, null, text));
            }
        });
        return out.toString();
    }

    /** Applies one journaled action; a refused one changes nothing. */
    public Object apply(Action a) {
        if (deployed() && !a.verb().equals("search")) {
            throw GameException.refused("the change set is deployed and the window closed: 'score' shows the card,"
                    + " 'start' opens another window");
        }
        return switch (a.verb()) {
            case "tune" -> tune(Tuning.of(a));
            case "disable" -> changes.disable(a.arg(0), blank(a.arg(1)), blank(a.arg(2)));
            case "new" -> changes.add(a.arg(0), a.arg(1));
            case "edit" -> {
                changes.replace(a.arg(0), a.arg(1), a.arg(2));
                yield a.arg(0);
            }
            case "search" -> search(EventQuery.parse(a.arg(0)), Integer.parseInt(a.arg(1)));
            case "deploy" -> deploy();
            default -> throw new IllegalStateException("unknown journaled action " + a.verb());
        };
    }

    /** Applies a tuning as one change: all of it, or (when any part is refused) none of it. */
    private List<String> tune(Tuning t) {
        if (t.exclude().isEmpty() && t.threshold() == null && t.timespan() == null && t.groupBy().isEmpty()
                && t.level() == null) {
            throw GameException.badInput("rule tune needs a change: --exclude field=value (with --owner, --reason,"
                    + " --expires), --threshold N, --timespan D, --group-by F or --level L");
        }
        if (t.exclude().isEmpty() && (t.owner() != null || t.reason() != null || t.expires() != null)) {
            throw GameException.badInput("--owner, --reason and --expires describe an exclusion: give --exclude too");
        }
        List<Term> terms = t.exclude().stream().map(Term::parse).toList();
        LocalDate expires = t.expires() == null ? null : ExclusionDocument.expiry(t.expires(), now());
        Duration timespan = t.timespan() == null ? null : dev.nightshift.scenario.Durations.parse(t.timespan())
                .orElseThrow(() -> GameException.badInput("--timespan takes a duration such as 10m or 1h, not '"
                        + t.timespan() + "'"));
        ChangeSet.Snapshot before = changes.snapshot();
        List<String> done = new ArrayList<>();
        try {
            if (t.level() != null) {
                changes.level(t.rule(), t.level());
                done.add("level " + t.level());
            }
            if (t.threshold() != null) {
                changes.threshold(t.rule(), t.threshold());
                done.add("threshold " + t.threshold());
            }
            if (timespan != null) {
                changes.timespan(t.rule(), timespan);
                done.add("timespan " + t.timespan());
            }
            if (!t.groupBy().isEmpty()) {
                changes.groupBy(t.rule(), t.groupBy());
                done.add("group-by " + String.join(", ", t.groupBy()));
            }
            if (!terms.isEmpty()) {
                done.add("exclusion " + changes.exclude(t.rule(), terms, t.owner(), t.reason(), expires));
            }
        } catch (RuntimeException e) {
            changes.restore(before);
            throw e;
        }
        return done;
    }

    private EngineerCard deploy() {
        card = EngineerScorer.score(HeldOut.grade(scenario, seed, List.of(changes), now()).get(0));
        return card;
    }

    /** Another window on the same history with a change set of its own, as the scenario's pack stands. */
    public ChangeWindow fork() {
        return new ChangeWindow(scenario, seed, history, new ChangeSet(scenario.rules(), seed));
    }

    /**
     * Deploys windows of one scenario and seed together (forks of one window): their change sets are graded in one
     * pass over the held-out week, each exactly as its own deploy would grade it.
     */
    public static List<EngineerCard> deployTogether(List<ChangeWindow> windows) {
        ChangeWindow first = windows.get(0);
        List<ChangeSet> sets = windows.stream().map(w -> w.changes).toList();
        List<dev.nightshift.scoring.EngineerOutcome> outcomes = HeldOut.grade(first.scenario, first.seed, sets,
                first.now());
        List<EngineerCard> cards = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            windows.get(i).card = EngineerScorer.score(outcomes.get(i));
            cards.add(windows.get(i).card);
        }
        return cards;
    }

    /** The pack as it stands now, as sources: for a scripted engineer that checks its own change set. */
    List<SigmaSource> sources() {
        List<SigmaSource> out = new ArrayList<>();
        changes.files().forEach((path, text) -> out.add(new SigmaSource(path, text)));
        return out;
    }

    RulePack pack() {
        return changes.pack();
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }
}
