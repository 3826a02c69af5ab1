package dev.nightshift.shell;

import dev.nightshift.calibrate.Calibration;
import dev.nightshift.calibrate.CalibrationReport;
import dev.nightshift.detection.ScenarioCheck;
import dev.nightshift.detection.ScenarioCheckReport;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioError;
import dev.nightshift.scenario.ScenarioException;
import dev.nightshift.scenario.ScenarioLibrary;
import java.util.stream.Collectors;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** The scenario library: list, show and validate scenario files. */
@Command(command = "scenario", group = "Scenarios and telemetry")
public class ScenarioCommands {

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
    String show(@OptionValues(provider = "scenarioIds") @Option(required = true, description = "a scenario id or a path to a .yml") String id) {
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
    String check(@OptionValues(provider = "scenarioIds") @Option(required = true, description = "a scenario id or a path to a .yml") String id,
                 @Option(longNames = "seed", description = "the seed (default: the scenario's)") Long seed,
                 @Option(longNames = "json", description = "print one JSON object, for scripts") boolean json) {
        Scenario s = load(id);
        long actual = seed == null ? s.seed() : seed;
        ScenarioCheckReport report = ScenarioCheck.run(s, actual);
        Calibration.ExpertRun expert = report.errors().isEmpty() ? expert(id, actual) : null;
        if (expert != null && expert.backlog() > 0) {
            report = report.withReason("the scripted expert, following the scenario's playbook, left " + expert.backlog()
                    + " of " + expert.entries() + " queue entries open at the shift's end: more than one analyst can work");
        }
        String rendered = json ? report.toJson() : report.toText() + (expert == null ? "" : String.format(
                "Queue, as the scripted expert worked it (its containments change what follows): %d alerts in %d entries,%n"
                        + "  %d left open at the end, score %d%n",
                expert.alerts(), expert.entries(), expert.backlog(), expert.score()));
        if (!json && report.errors().isEmpty() && s.roles().contains("engineer")) {
            rendered = rendered + engineerSide(Calibration.engineer(s, actual));
        }
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

    /** The engineer's side of the check: the exclusions the truth suggests and the best card the scenario allows. */
    static String engineerSide(Calibration.EngineerCheck check) {
        StringBuilder out = new StringBuilder("Engineer's window (last week's truth, seed " + check.seed() + "): "
                + check.noisyRules() + (check.noisyRules() == 1 ? " rule" : " rules") + " with 80% or more false positives\n");
        if (check.suggestions().isEmpty()) {
            out.append("  no exclusion suggests itself: no rule's false positives share a value the attack lacks\n");
        }
        for (var s : check.suggestions()) {
            out.append(String.format(java.util.Locale.ROOT, "  exclude from '%s': %s (removes %d of its %d false positives)%n",
                    s.rule().title(), s.term(), s.falsePositivesRemoved(), s.falsePositivesBefore()));
        }
        var w = check.best().heldOut();
        out.append(String.format(java.util.Locale.ROOT, "Best card: %d, with the scenario's solution and these exclusions,"
                        + " on the held-out week: false positives %d -> %d, stage instances caught %d -> %d%n",
                check.best().total(), w.falsePositivesBefore(), w.falsePositivesAfter(), w.caughtBefore(), w.caughtAfter()));
        return out.toString();
    }

    @Command(command = "calibrate", description = "Play a scenario with the scripted players (lazy, constant, random, over-reacting, the playbook expert, the oracle) over several seeds and hold their scores to the bounds of docs/scoring.md: scenario calibrate <id|path> [--seeds N] [--json] (exit 1 when a bound breaks)")
    String calibrate(@OptionValues(provider = "scenarioIds") @Option(required = true, description = "a scenario id or a path to a .yml") String id,
                     @Option(longNames = "seeds", defaultValue = "3", description = "how many variants: the scenario's seed and the next ones (1 to 100)") int seeds,
                     @Option(longNames = "json", description = "print one JSON object, for scripts") boolean json,
                     @Option(longNames = "card", description = "also print this player's score card for each seed, e.g. --card expert") String card) {
        if (seeds < 1 || seeds > 100) {
            throw new BadInputException("--seeds must be 1 to 100, got " + seeds);
        }
        CalibrationReport report;
        try {
            report = Calibration.run(library, id, seeds);
        } catch (ScenarioException e) {
            throw badScenario(e);
        }
        String rendered = json ? dev.nightshift.calibrate.CalibrationRendering.json(report) : dev.nightshift.calibrate.CalibrationRendering.text(report);
        if (card != null) {
            CalibrationReport.PlayerResult chosen = report.players().stream().filter(p -> p.player().equals(card)).findFirst()
                    .orElseThrow(() -> new BadInputException("no player '" + card + "'; the players are "
                            + report.players().stream().map(CalibrationReport.PlayerResult::player).collect(Collectors.joining(", "))));
            rendered = java.util.stream.Stream.concat(chosen.cards().stream().map(dev.nightshift.report.TextReport::render),
                            chosen.engineerCards().stream().map(dev.nightshift.report.EngineerReport::text))
                    .collect(Collectors.joining("\n\n", "", "\n\n")) + rendered;
        }
        if (report.passed()) {
            return rendered;
        }
        System.out.println(rendered);
        System.out.flush();
        throw new UserFacingException("scenario " + report.scenarioId() + " fails calibration: "
                + String.join("; ", report.problems()), ErrorReporting.FAILED);
    }

    private Calibration.ExpertRun expert(String id, long seed) {
        try {
            return Calibration.expert(library, id, seed);
        } catch (ScenarioException e) {
            throw badScenario(e);
        }
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
