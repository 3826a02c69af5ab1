package dev.nightshift.shell;

import dev.nightshift.detection.SigmaRule;
import dev.nightshift.engineer.Backtest;
import dev.nightshift.engineer.ChangeSet;
import dev.nightshift.engineer.ChangeWindow;
import dev.nightshift.engineer.ChangeWindows;
import dev.nightshift.engineer.Evidence;
import dev.nightshift.engineer.HistoryAlert;
import dev.nightshift.engineer.Ticket;
import dev.nightshift.game.Action;
import dev.nightshift.report.EngineerReport;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jline.reader.LineReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** The security engineer's change window: the rules, their evidence, tuning, backtests, the diff and the deploy. */
@Command(command = "rule", group = "The change window (engineer)")
public class EngineerCommands {

    static final long MAX_RULE_FILE = 1 << 20;
    private final ChangeWindows windows;
    private final ObjectProvider<LineReader> lineReader;

    EngineerCommands(ChangeWindows windows, ObjectProvider<LineReader> lineReader) {
        this.windows = windows;
        this.lineReader = lineReader;
    }

    @Command(command = "tickets", description = "Show the analysts' tickets that opened the change window.")
    String tickets() {
        return tickets(windows.current());
    }

    static String tickets(ChangeWindow window) {
        List<Ticket> tickets = window.history().tickets();
        if (tickets.isEmpty()) {
            return "No tickets: the analysts had nothing to report this week.";
        }
        StringBuilder out = new StringBuilder("Tickets from the analysts:\n");
        int n = 1;
        for (Ticket t : tickets) {
            out.append(String.format(Locale.ROOT, "  T-%d  ", n++));
            if (t.kind() == Ticket.Kind.NOISY_RULE) {
                out.append("rule '").append(t.ruleTitle()).append("' (").append(t.ruleId(), 0, 8).append("): ")
                        .append(t.alerts()).append(" alerts this week, ").append(t.falsePositivePercent())
                        .append("% closed as false positive\n");
            } else {
                out.append("found by hand, no rule fired: ").append(t.techniqueName()).append(" (").append(t.technique())
                        .append("), ").append(Render.time(t.seen())).append(" on host ").append(t.host())
                        .append(t.user() == null ? "" : " (user " + t.user() + ")").append(", ").append(t.events())
                        .append(t.events() == 1 ? " event" : " events").append("; the first:\n        ")
                        .append(Render.compactEvent(t.sample())).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    @Command(command = "list", description = "List every rule: type, level, last week's alerts and verdicts, state.")
    String list() {
        ChangeWindow window = windows.current();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-8s  %-46s %-12s %-13s %6s %4s %4s %5s  %s%n",
                "ID", "RULE", "TYPE", "LEVEL", "ALERTS", "TP", "FP", "FP%", "STATE"));
        for (ChangeWindow.RuleRow r : window.rules()) {
            out.append(String.format(Locale.ROOT, "%-8s  %-46s %-12s %-13s %6d %4d %4d %5s  %s%n", r.rule().id().substring(0,
                            Math.min(8, r.rule().id().length())), Render.truncate(r.rule().title(), 46), r.type(),
                    r.rule().level(), r.alerts(), r.truePositives(), r.falsePositives(),
                    r.falsePositivePercent() == null ? "-" : r.falsePositivePercent() + "%", word(r.state())));
        }
        return out.append("'rule show <id>' shows a rule with its evidence; the first characters of an id are enough.")
                .toString();
    }

    @Command(command = "show", description = "Show a rule as it stands now, its alerts per day, and the field values most frequent among its false positives.")
    String show(@OptionValues(provider = "ruleIds") @Option(required = true, description = "a rule id (its first characters are enough), name or title") String rule) {
        ChangeWindow window = windows.current();
        SigmaRule r = window.changes().rule(rule);
        List<HistoryAlert> alerts = window.alertsOf(r);
        Evidence evidence = window.evidence(r);
        StringBuilder out = new StringBuilder();
        out.append(r.title()).append("  (").append(r.id()).append(")\n");
        out.append(window.type(r)).append(", level ").append(r.level()).append(", ").append(word(window.changes().state(r)))
                .append('\n');
        out.append("Last week: ").append(alerts.size()).append(" alerts, ").append(evidence.truePositives())
                .append(" closed as true positive, ").append(evidence.falsePositives()).append(" as false positive")
                .append(alerts.isEmpty() ? "" : " (" + Math.round(100.0 * evidence.falsePositives() / alerts.size()) + "%)")
                .append('\n');
        if (!evidence.perDay().isEmpty()) {
            out.append("Alerts per day: ");
            List<String> days = new ArrayList<>();
            evidence.perDay().forEach((day, n) -> days.add(day.toString().substring(5) + " " + n));
            out.append(String.join(", ", days)).append('\n');
        }
        List<SigmaRule> counted = window.changes().pack().references(r.id());
        if (!counted.isEmpty()) {
            out.append("Counts the events of: ").append(String.join(", ", counted.stream()
                    .map(c -> c.title() + " (" + c.id().substring(0, Math.min(8, c.id().length())) + ")").toList())).append('\n');
        }
        out.append("\nSigma YAML as it stands now:\n");
        out.append(indent(window.changes().document(r)));
        for (ChangeSet.Exclusion e : window.changes().exclusionsOf(r)) {
            out.append("  ---\n").append(indent(e.document()));
        }
        if (!evidence.values().isEmpty()) {
            out.append("\nField values most frequent among the false positives (alerts carrying them: false / true positive):\n");
            for (Evidence.Value v : evidence.values()) {
                out.append(String.format(Locale.ROOT, "  %-64s %4d / %d%n", Render.truncate(v.field() + "=" + v.value(), 64),
                        v.falsePositiveAlerts(), v.truePositiveAlerts()));
            }
            out.append("A value on nearly every false positive and no true positive is a pattern to exclude; search it to"
                    + " see what else it covers, e.g.: search ").append(searchable(evidence.values().get(0))).append('\n');
        }
        return out.toString().stripTrailing();
    }

    @Command(command = "tune", description = "Tune a rule: rule tune <id> --exclude 'field=value' ... --owner NAME --reason TEXT --expires DATE|DURATION; --threshold N, --timespan D, --group-by F for correlations; --level L")
    String tune(@OptionValues(provider = "ruleIds") @Option(required = true, description = "a rule id (its first characters are enough), name or title") String rule,
                @Option(longNames = "exclude", arityMax = 16, description = "terms field=value (or field|contains=value) that together describe the benign pattern to leave out") String[] exclude,
                @Option(longNames = "owner", description = "who owns the exclusion") String owner,
                @Option(longNames = "reason", description = "why the pattern is benign") String reason,
                @Option(longNames = "expires", description = "when the exclusion must be reviewed: a date (2026-06-30) or a duration from now (30d)") String expires,
                @Option(longNames = "threshold", description = "a correlation's count threshold") Long threshold,
                @Option(longNames = "timespan", description = "a correlation's window, e.g. 10m") String timespan,
                @Option(longNames = "group-by", arityMax = 8, description = "the fields a correlation groups by") String[] groupBy,
                @Option(longNames = "level", description = "informational, low, medium, high or critical") String level) {
        ChangeWindow.Tuning tuning = new ChangeWindow.Tuning(rule, exclude == null ? null : Arrays.asList(exclude),
                owner, reason, expires, threshold, timespan, groupBy == null ? null : Arrays.asList(groupBy), level);
        requireOneLine(exclude, "--exclude");
        @SuppressWarnings("unchecked")
        List<String> done = (List<String>) windows.perform(tuningAction(tuning));
        SigmaRule r = windows.current().changes().rule(rule);
        return "Tuned '" + r.title() + "': " + String.join("; ", done) + ". 'rule test " + shortId(r)
                + "' replays last week with it.";
    }

    private static Action tuningAction(ChangeWindow.Tuning t) {
        return Action.of("tune", t.rule(), String.join("\n", t.exclude()), t.owner(), t.reason(), t.expires(),
                t.threshold() == null ? "" : t.threshold().toString(), t.timespan(), String.join("\n", t.groupBy()),
                t.level());
    }

    @Command(command = "disable", description = "Take a rule out of the pack: rule disable <id> --reason TEXT [--owner NAME]")
    String disable(@OptionValues(provider = "ruleIds") @Option(required = true, description = "a rule id (its first characters are enough), name or title") String rule,
                   @Option(longNames = "reason", required = true, description = "why the rule goes") String reason,
                   @Option(longNames = "owner", description = "who decided it") String owner) {
        @SuppressWarnings("unchecked")
        List<SigmaRule> gone = (List<SigmaRule>) windows.perform(Action.of("disable", rule, owner, reason));
        return "Disabled: " + String.join(", ", gone.stream().map(SigmaRule::title).toList()) + ".";
    }

    @Command(command = "new", description = "Add the Sigma rules (or filters) of a file to the change set: rule new --file PATH")
    String addRule(@Option(longNames = "file", required = true, description = "a Sigma rule file") String file) {
        String text = read(Path.of(file));
        String stored = (String) windows.perform(Action.of("new", file, text));
        return "Added " + file + " to the change set as " + stored + ". 'rule list' shows its rules, 'rule test' replays"
                + " last week with them.";
    }

    @Command(command = "edit", description = "Edit a rule in $EDITOR (a copy in the session's folder); without an editor, says which file to edit, then: rule edit <id> --apply")
    String edit(@OptionValues(provider = "ruleIds") @Option(required = true, description = "a rule id (its first characters are enough), name or title") String rule,
                @Option(longNames = "apply", description = "take the edited copy into the change set") boolean apply) {
        ChangeWindow window = windows.current();
        SigmaRule r = window.changes().rule(rule);
        Path copy = Home.resolve().resolve("sessions").resolve(windows.currentRecord().id())
                .resolve("rules").resolve(safeName(r) + ".yml");
        String editor = System.getenv("VISUAL") != null ? System.getenv("VISUAL") : System.getenv("EDITOR");
        if (!apply) {
            try {
                Files.createDirectories(copy.getParent());
                if (!Files.exists(copy)) {
                    Files.writeString(copy, window.changes().document(r), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UserFacingException("cannot write the copy to edit at " + copy + ": " + e.getMessage(), ErrorReporting.FAILED);
            }
            if (editor == null || editor.isBlank() || ScriptCommand.running()) {
                return "Edit " + copy + " in your editor, then type: rule edit " + shortId(r) + " --apply";
            }
            runEditor(editor, copy);
        }
        if (!Files.exists(copy)) {
            throw new BadInputException("there is no copy of '" + r.title() + "' to apply; type: rule edit " + shortId(r));
        }
        windows.perform(Action.of("edit", r.id(), copy.toString(), read(copy)));
        return "'" + r.title() + "' now reads as " + copy + ". 'rule diff' shows the change, 'rule test' replays last week.";
    }

    private void runEditor(String editor, Path file) {
        LineReader reader = lineReader.getIfAvailable();
        var terminal = reader == null ? null : reader.getTerminal();
        try {
            if (terminal != null) {
                terminal.pause();
            }
            List<String> command = new ArrayList<>(Arrays.asList(editor.trim().split("\\s+")));
            command.add(file.toString());
            int code = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (code != 0) {
                throw new UserFacingException("the editor '" + editor + "' exited with " + code + "; nothing was changed", ErrorReporting.FAILED);
            }
        } catch (IOException e) {
            throw new UserFacingException("cannot start the editor '" + editor + "': " + e.getMessage()
                    + "; set $EDITOR, or edit " + file + " and type: rule edit --apply", ErrorReporting.FAILED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("the editor was interrupted; nothing was changed", ErrorReporting.FAILED);
        } finally {
            if (terminal != null) {
                try {
                    terminal.resume();
                } catch (RuntimeException ignored) {
                    // the terminal could not be resumed: the next prompt redraws it
                }
            }
        }
    }

    @Command(command = "test", description = "Replay last week with the change set: per rule alerts before and after, false positives removed, true detections lost, detections gained.")
    String test(@Option(arityMax = 32, description = "rule ids (none: every rule)") String[] rules) {
        ChangeWindow window = windows.current();
        Backtest result = window.test(rules == null ? List.of() : Arrays.asList(rules));
        StringBuilder out = new StringBuilder("Backtest on last week (" + window.history().days() + " days, "
                + String.format(Locale.ROOT, "%,d", window.history().events().size())
                + " events), judged by the analysts' verdicts:\n");
        out.append(String.format(Locale.ROOT, "  %-46s %-9s %6s %6s %10s %7s %6s%n", "RULE", "STATE", "BEFORE", "AFTER",
                "FP REMOVED", "TP LOST", "GAINED"));
        for (Backtest.RuleResult r : result.rules()) {
            out.append(String.format(Locale.ROOT, "  %-46s %-9s %6d %6d %10d %7d %6s%n", Render.truncate(r.rule().title(), 46),
                    word(r.state()), r.before(), r.after(), r.falsePositivesRemoved(), r.truePositivesLost().size(),
                    r.gained() + (r.gainedOnTickets() > 0 ? " (" + r.gainedOnTickets() + " on tickets)" : "")));
        }
        List<String> lost = new ArrayList<>();
        for (Backtest.RuleResult r : result.rules()) {
            for (Backtest.Lost l : r.truePositivesLost()) {
                lost.add("  " + l.alertId() + "  " + Render.time(l.time()) + "  host=" + l.host()
                        + (l.user() == null ? "" : " user=" + l.user()) + "  " + r.rule().title());
            }
        }
        if (!lost.isEmpty()) {
            out.append("True detections lost (alerts the analysts called true positive that no longer fire):\n");
            lost.forEach(l -> out.append(l).append('\n'));
        }
        if (result.handFound() > 0) {
            out.append("Attacks found by hand last week that a rule now catches: ").append(result.handFoundCaught())
                    .append(" of ").append(result.handFound()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    @Command(command = "diff", description = "Show the change set as a unified diff of Sigma YAML.")
    String diff() {
        String diff = windows.current().diff();
        return diff.isEmpty() ? "No changes yet: the pack is the scenario's own." : diff.stripTrailing();
    }

    @Command(command = "deploy", description = "Freeze the change set and end the window; it is graded on next week's stream (asks first; --yes in scripts and one-shot commands)")
    String deploy(@Option(longNames = "yes", description = "deploy without asking") boolean yes) {
        ChangeWindow window = windows.current();
        if (!yes) {
            String warning = "Deploying freezes the change set (" + changeCount(window) + ") and ends the window:"
                    + " it is graded on next week's stream, which you will not see.";
            if (!SessionCommands.interactive(lineReader)) {
                throw new BadInputException(warning + " To deploy, type: rule deploy --yes");
            }
            if (!SessionCommands.confirm(lineReader, warning + "\nDeploy now? [y/N] ")) {
                return "Not deployed; the window stays open.";
            }
        }
        return EngineerReport.text(windows.deploy());
    }

    static String changeCount(ChangeWindow window) {
        long changed = window.rules().stream().filter(r -> r.state() != ChangeSet.State.ORIGINAL).count();
        return changed == 0 ? "no rule changed" : changed + (changed == 1 ? " rule" : " rules") + " changed";
    }

    private static String read(Path path) {
        try {
            if (!Files.isRegularFile(path)) {
                throw new BadInputException("no such file: " + path);
            }
            if (Files.size(path) > MAX_RULE_FILE) {
                throw new BadInputException(path + " is larger than 1 MB; a rule file is a few kilobytes");
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new BadInputException(path + ":1:1: the file is not UTF-8 text");
        } catch (IOException e) {
            throw new BadInputException("cannot read " + path + ": " + e.getMessage());
        }
    }

    private static void requireOneLine(String[] values, String option) {
        if (values != null) {
            for (String v : values) {
                if (v.contains("\n")) {
                    throw new BadInputException(option + " takes one line per term");
                }
            }
        }
    }

    private static String searchable(Evidence.Value v) {
        String value = v.value().contains(" ") ? "\"" + v.value() + "\"" : v.value();
        return v.field().equals("host") ? "host=" + value : v.field() + "=" + value.replace(" ", "*");
    }

    private static String indent(String text) {
        StringBuilder out = new StringBuilder();
        text.lines().forEach(l -> out.append("  ").append(l).append('\n'));
        return out.toString();
    }

    static String shortId(SigmaRule r) {
        return r.id().length() > 8 && r.id().matches("[0-9a-f]{8}-.*") ? r.id().substring(0, 8) : r.id();
    }

    private static String safeName(SigmaRule r) {
        return r.id().replaceAll("[^A-Za-z0-9._-]", "-");
    }

    static String word(ChangeSet.State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    static String window(ChangeWindow w) {
        LocalDate from = w.history().start().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        LocalDate to = w.history().end().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return "Change window: last week, " + from + " to " + to + " (" + w.history().days() + " days, "
                + String.format(Locale.ROOT, "%,d", w.history().events().size()) + " events, "
                + w.history().alerts().size() + " alerts with the analysts' verdicts)";
    }
}
