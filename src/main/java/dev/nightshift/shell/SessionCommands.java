package dev.nightshift.shell;

import dev.nightshift.game.Pace;
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

/** Beginning, inspecting, resuming and ending a shift. */
@Command(group = "Sessions")
class SessionCommands {

    private final Sessions sessions;
    private final ObjectProvider<LineReader> lineReader;

    SessionCommands(Sessions sessions, ObjectProvider<LineReader> lineReader) {
        this.sessions = sessions;
        this.lineReader = lineReader;
    }

    @Command(command = "start", description = "Begin a shift: start --scenario <id|path> --role analyst [--seed N] [--pace manual|realtime:<factor>]")
    String start(@Option(longNames = "scenario", required = true, description = "a scenario id (see 'scenario list') or a path to a .yml") String scenario,
                 @Option(longNames = "role", defaultValue = "analyst", description = "analyst or engineer") String role,
                 @Option(longNames = "seed", description = "the seed of this variant (default: the scenario's)") Long seed,
                 @Option(longNames = "pace", defaultValue = "manual", description = "manual, or realtime:<factor> (realtime:60 plays an hour a minute)") String pace) {
        Role parsed = Role.parse(role).orElseThrow(() -> new BadInputException(
                "unknown role '" + role + "': choose analyst or engineer"));
        Shift shift;
        try {
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

    @Command(command = "status", description = "Show the current session: clock, queue and containment.")
    String status() {
        Shift shift = sessions.current();
        SessionRecord record = sessions.currentRecord();
        long open = shift.alerts().stream().filter(a -> a.isOpen()).count();
        String contained = shift.containments().stream()
                .map(c -> c.kind().word() + " " + c.name())
                .collect(Collectors.joining(", "));
        Duration left = Duration.between(shift.now(), shift.end());
        return "Session " + record.id() + " (" + record.status().name().toLowerCase() + "): "
                + shift.scenario().title() + ", " + shift.role().word() + ", seed " + shift.seed()
                + ", " + shift.pace().text() + " pace\n"
                + "Clock: " + Render.time(shift.now()) + (shift.isOver() ? " (shift over)" : ", " + Durations.format(left) + " left") + "\n"
                + "Alerts: " + shift.alerts().size() + " raised, " + open + " open\n"
                + "Contained: " + (contained.isEmpty() ? "nothing" : contained);
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

    @Command(command = "resume", description = "Make a stored session current again: resume <session id>")
    String resume(@Option(required = true, description = "a session id such as S-0001") String id) {
        Shift shift = sessions.resume(id);
        return "Resumed " + sessions.currentRecord().id() + " at " + Render.time(shift.now()) + ".";
    }

    @Command(command = "end", description = "End the shift and print the score card; before the shift's end, the rest of it plays without you (asks first; --yes in scripts and one-shot commands)")
    String end(@Option(longNames = "yes", description = "end before the shift's end without asking") boolean yes) {
        Shift shift = sessions.current();
        if (sessions.currentRecord().status() == SessionRecord.Status.ACTIVE && !shift.isOver() && !yes) {
            String warning = "The shift runs until " + Render.time(shift.end()) + ", " + Durations.format(
                    Duration.between(shift.now(), shift.end())) + " from now. Ending now plays the rest of it without"
                    + " you: the attack goes on, and every alert still to come stays unopened and counts against you.";
            if (!interactive()) {
                throw new BadInputException(warning + " To end anyway, type: end --yes");
            }
            String answer;
            try {
                answer = lineReader.getObject().readLine(warning + "\nEnd the shift now? [y/N] ");
            } catch (org.jline.reader.UserInterruptException | org.jline.reader.EndOfFileException cancelled) {
                answer = "";
            }
            if (!answer.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
                return "The shift goes on. " + "'next' waits for the next alert.";
            }
        }
        return TextReport.render(sessions.end());
    }

    /** Whether a person at a terminal typed this command: the interactive shell, not a script or one-shot run. */
    private boolean interactive() {
        return Boolean.getBoolean("nightshift.interactive") && !ScriptCommand.running()
                && lineReader.getIfAvailable() != null;
    }

    @Command(command = "score", description = "Print the score card of the ended session: score [--json]")
    String score(@Option(longNames = "json", description = "print it as JSON") boolean json) {
        ScoreCard card = sessions.score();
        return json ? JsonReport.render(card) : TextReport.render(card);
    }
}
