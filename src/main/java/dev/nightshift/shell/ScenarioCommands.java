package dev.nightshift.shell;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioError;
import dev.nightshift.scenario.ScenarioException;
import dev.nightshift.scenario.ScenarioLibrary;
import java.util.stream.Collectors;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** The scenario library: list, show and validate scenario files. */
@Command(command = "scenario")
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
