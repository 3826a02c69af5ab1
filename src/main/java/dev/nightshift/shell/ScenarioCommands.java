package dev.nightshift.shell;

import dev.nightshift.detection.ScenarioCheck;
import dev.nightshift.detection.ScenarioCheckReport;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioError;
import dev.nightshift.scenario.ScenarioException;
import dev.nightshift.scenario.ScenarioLibrary;
import java.util.stream.Collectors;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** The scenario library: list, show and validate scenario files. */
@Command(command = "scenario", group = "Scenarios and telemetry")
class ScenarioCommands {

    private final ScenarioLibrary library;

    ScenarioCommands(ScenarioLibrary library) {
        this.library = library;
    }

    @Command(command = "list", description = "List the scenarios shipped with nightshift.")
    String list() {
        return library.list().stream()
                .map(s -> String.format("%-28s %-7s %-18s %s", s.id(), s.difficulty(), String.join(",", s.roles()), s.title()))
                .collect(Collectors.joining("\n"));
    }

    @Command(command = "show", description = "Show a scenario: scenario show <id|path>")
    String show(@Option(required = true, description = "a scenario id or a path to a .yml") String id) {
        Scenario s = load(id);
        String techniques = s.stages().stream().map(st -> st.technique()).distinct().collect(Collectors.joining(", "));
        return s.id() + "  " + s.title() + "\n"
                + "difficulty: " + s.difficulty() + "    roles: " + String.join(", ", s.roles())
                + "    duration: " + Durations.format(s.duration()) + "    seed: " + s.seed() + "\n"
                + "techniques: " + (techniques.isEmpty() ? "none (no attack)" : techniques) + "\n\n"
                + s.summary().strip();
    }

    @Command(command = "validate", description = "Check scenario files: scenario validate <path>... (exit 2 on any error)")
    String validate(@Option(required = true, arityMax = 64, description = "scenario files") String[] paths) {
        StringBuilder ok = new StringBuilder();
        StringBuilder errors = new StringBuilder();
        for (String path : paths) {
            try {
                Scenario s = library.load(path);
                ok.append(path).append(": ok (").append(s.id()).append(")\n");
            } catch (ScenarioException e) {
                e.errors().forEach(err -> errors.append(err.toString()).append('\n'));
            }
        }
        if (errors.length() > 0) {
            System.out.print(ok);
            System.out.flush();
            throw new BadInputException(errors.toString().stripTrailing());
        }
        return ok.toString().stripTrailing();
    }

    @Command(command = "check", description = "Dry-run a scenario through its rule pack: per stage the rules that fire, per rule volume and false positives, and whether it can be won: scenario check <id|path> [--seed N] [--json]")
    String check(@Option(required = true, description = "a scenario id or a path to a .yml") String id,
                 @Option(longNames = "seed", description = "the seed (default: the scenario's)") Long seed,
                 @Option(longNames = "json", description = "print one JSON object, for scripts") boolean json) {
        Scenario s = load(id);
        ScenarioCheckReport report = ScenarioCheck.run(s, seed == null ? s.seed() : seed);
        String rendered = json ? report.toJson() : report.toText();
        if (report.exitCode() == 0) {
            return rendered;
        }
        System.out.println(rendered);
        System.out.flush();
        String why = report.exitCode() == ErrorReporting.BAD_INPUT
                ? "the rule pack of " + s.id() + " has " + report.errors().size() + " error(s): " + report.errors().get(0).format()
                : "scenario " + s.id() + " cannot be won: " + String.join("; ", report.reasons());
        throw new UserFacingException(why, report.exitCode());
    }

    private Scenario load(String id) {
        try {
            return library.load(id);
        } catch (ScenarioException e) {
            throw badScenario(e);
        }
    }

    static BadInputException badScenario(ScenarioException e) {
        return new BadInputException(e.errors().stream().map(ScenarioError::toString)
                .collect(Collectors.joining("\n")));
    }
}
