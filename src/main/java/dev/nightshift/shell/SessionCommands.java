package dev.nightshift.shell;

import dev.nightshift.engineer.ChangeWindow;
import dev.nightshift.engineer.ChangeWindows;
import dev.nightshift.game.Pace;
import dev.nightshift.report.EngineerReport;
import dev.nightshift.scoring.EngineerCard;
import dev.nightshift.game.Role;
import dev.nightshift.game.Sessions;
import dev.nightshift.game.Shift;
import dev.nightshift.report.JsonReport;
import dev.nightshift.report.TextReport;
import dev.nightshift.scenario.ScenarioException;
import dev.nightshift.scoring.ScoreCard;
import dev.nightshift.store.SessionRecord;
import java.time.Duration;
import java.util.stream.Collectors;
import org.jline.reader.LineReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** Beginning, inspecting, resuming and ending a shift. */
@Command(group = "Sessions")
public class SessionCommands {

    private final Sessions sessions;
    private final ChangeWindows windows;
    private final ObjectProvider<LineReader> lineReader;
    private final ObjectProvider<EngineerCommands> engineers;
    private final ObjectProvider<dev.nightshift.store.SessionStore> store;

    SessionCommands(Sessions sessions, ChangeWindows windows, ObjectProvider<LineReader> lineReader,
                    ObjectProvider<EngineerCommands> engineers, ObjectProvider<dev.nightshift.store.SessionStore> store) {
        this.store = store;
        this.sessions = sessions;
        this.windows = windows;
        this.lineReader = lineReader;
        this.engineers = engineers;
    }

    @Command(command = "start", description = "Begin a shift: start --scenario <id|path> --role analyst [--seed N] [--pace manual|realtime:<factor>]")
    String start(@OptionValues(provider = "scenarioIds") @Option(longNames = "scenario", required = true, description = "a scenario id (see 'scenario list') or a path to a .yml") String scenario,
                 @Option(longNames = "role", defaultValue = "analyst", description = "analyst or engineer") String role,
                 @Option(longNames = "seed", description = "the seed of this variant (default: the scenario's)") Long seed,
                 @Option(longNames = "pace", defaultValue = "manual", description = "manual, or realtime:<factor> (realtime:60 plays an hour a minute)") String pace) {
        Role parsed = Role.parse(role).orElseThrow(() -> new BadInputException(
                "unknown role '" + role + "': choose analyst or engineer"));
        Shift shift;
        try {
            if (parsed == Role.ENGINEER) {
                if (!pace.equals("manual")) {
                    throw new BadInputException("an engineer's change window has no clock to pace; leave out --pace");
                }
                return openWindow(windows.start(scenario, seed));
            }
            shift = sessions.start(scenario, parsed, seed, Pace.parse(pace));
        } catch (ScenarioException e) {
            throw ScenarioCommands.badScenario(e);
        }
        SessionRecord record = sessions.currentRecord();
        return "Session " + record.id() + ": " + shift.scenario().title() + " (" + parsed.word() + ", seed "
                + shift.seed() + (shift.pace().isManual() ? "" : ", " + shift.pace().text()) + ")\n"
                + "Shift: " + Render.time(shift.start()) + " to " + Render.time(shift.end()) + "\n\n"
                + shift.scenario().briefing().strip() + "\n\n"
                + "Type 'next' to wait for the first alert, 'wait 15m' to let time pass, 'help' for every command.";
    }

    private String openWindow(ChangeWindow window) {
        return "Session " + windows.currentRecord().id() + ": " + window.scenario().title() + " (engineer, seed "
                + window.seed() + ")\n" + EngineerCommands.window(window) + "\n\n"
                + "You are the security engineer. The analysts worked last week's alerts with the scenario's rule pack;"
                + " tune the noisy rules and write the missing ones without losing the true detections. Your change set"
                + " is graded on next week's stream, which you will not see.\n\n"
                + EngineerCommands.tickets(window) + "\n\n"
                + "'rule list' shows the rules, 'rule show <id>' one rule's evidence, 'search' last week's events;"
                + " 'rule tune', 'rule disable', 'rule new', 'rule edit' change the pack, 'rule test' replays last week,"
                + " 'rule diff' shows the change set and 'rule deploy' ends the window.";
    }

    @Command(command = "status", description = "Show the current session: clock, queue and containment.")
    String status() {
        if (windows.currentIsEngineer()) {
            ChangeWindow window = windows.current();
            SessionRecord record = windows.currentRecord();
            return "Session " + record.id() + " (" + (record.status() == SessionRecord.Status.ENDED ? "deployed" : "open")
                    + "): " + window.scenario().title() + ", engineer" + seed(record, window.seed()) + "\n"
                    + EngineerCommands.window(window) + "\n"
                    + "Change set: " + EngineerCommands.changeCount(window);
        }
        dev.nightshift.game.QueueView shift = sessions.queueView();
        SessionRecord record = sessions.currentRecord();
        long open = shift.alerts().stream().filter(a -> a.open()).count();
        String contained = String.join(", ", shift.contained());
        Duration left = Duration.between(shift.clock(), shift.endsAt());
        return "Session " + record.id() + " (" + record.status().name().toLowerCase() + "): "
                + shift.title() + ", " + shift.role() + seed(record, shift.seed())
                + ", " + shift.pace() + " pace\n"
                + "Clock: " + Render.time(shift.clock()) + (shift.over() ? " (shift over)" : ", " + Durations.format(left) + " left") + "\n"
                + "Alerts: " + shift.alerts().size() + " raised, " + open + " open\n"
                + "Contained: " + (contained.isEmpty() ? "nothing" : contained);
    }

    /** The seed, except to a proctored candidate, who must not learn which variant they play. */
    private static String seed(SessionRecord record, long seed) {
        return record.candidate() == null ? ", seed " + seed : "";
    }

    @Command(command = "sessions", description = "List the sessions of this nightshift home.")
    String list() {
        var all = sessions.sessions();
        if (all.isEmpty()) {
            return "No sessions yet.";
        }
        return all.stream()
                .map(s -> String.format("%-8s %-7s %-28s %-9s seed %d", s.id(), s.status().name().toLowerCase(),
                        s.scenario(), s.role(), s.seed()))
                .collect(Collectors.joining("\n"));
    }

    @Command(command = "repair", description = "Salvage a damaged session database: every session, with the journal entries that still read back (the damaged file is kept beside it)")
    String repair() {
        dev.nightshift.store.SessionStore home = store.getObject();
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(java.time.ZoneOffset.UTC)
                .format(java.time.Instant.ofEpochMilli(dev.nightshift.sim.WallTime.epochMillis()));
        dev.nightshift.store.Repair.Outcome outcome = dev.nightshift.store.Repair.ifDamaged(home, stamp);
        if (outcome == null) {
            return "The session database " + home.file() + " reads back whole: nothing to repair.";
        }
        StringBuilder out = new StringBuilder("Repaired " + outcome.damaged() + ": " + outcome.sessions()
                + " session(s) and " + outcome.entriesKept() + " journal entries kept, " + outcome.entriesDropped()
                + " dropped.\nThe damaged file is kept as " + outcome.keptAs() + ".");
        outcome.journals().forEach((id, counts) -> {
            if (counts[1] > 0) {
                out.append("\n  ").append(id).append(": ").append(counts[0]).append(" entries kept; the ")
                        .append(counts[1]).append(" after them were lost, so it is active again from there");
            }
        });
        return out.toString();
    }

    @Command(command = "resume", description = "Make a stored session current again: resume <session id>")
    String resume(@Option(required = true, description = "a session id such as S-0001") String id) {
        if (sessions.sessions().stream().anyMatch(s -> s.id().equalsIgnoreCase(id.trim())
                && s.role().equals(Role.ENGINEER.word()))) {
            ChangeWindow window = windows.resume(id);
            return "Resumed " + windows.currentRecord().id() + ", the change window on " + window.scenario().id()
                    + " (" + EngineerCommands.changeCount(window) + ").";
        }
        Shift shift = sessions.resume(id);
        return "Resumed " + sessions.currentRecord().id() + " at " + Render.time(shift.now()) + ".";
    }

    @Command(command = "end", description = "End the shift and print the score card; before the shift's end, the rest of it plays without you (asks first; --yes in scripts and one-shot commands). In an engineer's window: deploy the change set, as 'rule deploy'")
    String end(@Option(longNames = "yes", description = "end before the shift's end without asking") boolean yes) {
        if (windows.currentIsEngineer()) {
            // an engineer's window ends with its deploy: the same question, the same card
            if (windows.currentRecord().status() == SessionRecord.Status.ENDED) {
                return EngineerReport.text(windows.score());
            }
            return engineers.getObject().deploy(yes);
        }
        Shift shift = sessions.current();
        if (sessions.currentRecord().status() == SessionRecord.Status.ACTIVE && !shift.isOver() && !yes) {
            String warning = "The shift runs until " + Render.time(shift.end()) + ", " + Durations.format(
                    Duration.between(shift.now(), shift.end())) + " from now. Ending now plays the rest of it without"
                    + " you: the attack goes on, and every alert still to come stays unopened and counts against you.";
            if (!interactive(lineReader)) {
                throw new BadInputException(warning + " To end anyway, type: end --yes");
            }
            if (!confirm(lineReader, warning + "\nEnd the shift now? [y/N] ")) {
                return "The shift goes on. " + "'next' waits for the next alert.";
            }
        }
        return TextReport.render(sessions.end());
    }

    /** Whether a person at a terminal typed this command: the interactive shell, not a script or one-shot run. */
    static boolean interactive(ObjectProvider<LineReader> lineReader) {
        return Boolean.getBoolean("nightshift.interactive") && !ScriptCommand.running()
                && lineReader.getIfAvailable() != null;
    }

    /** Asks a yes/no question at the terminal; anything but yes, and Ctrl-C, mean no. */
    static boolean confirm(ObjectProvider<LineReader> lineReader, String question) {
        String answer;
        try {
            answer = lineReader.getObject().readLine(question);
        } catch (org.jline.reader.UserInterruptException | org.jline.reader.EndOfFileException cancelled) {
            answer = "";
        }
        return answer.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y");
    }

    @Command(command = "score", description = "Print the score card of the ended session: score [--json]")
    String score(@Option(longNames = "json", description = "print it as JSON") boolean json) {
        if (windows.currentIsEngineer()) {
            EngineerCard card = windows.score();
            return json ? EngineerReport.json(card) : EngineerReport.text(card);
        }
        ScoreCard card = sessions.score();
        return json ? JsonReport.render(card) : TextReport.render(card);
    }
}
