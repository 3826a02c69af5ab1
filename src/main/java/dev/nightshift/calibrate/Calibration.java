package dev.nightshift.calibrate;

import dev.nightshift.game.CaseAlert;
import dev.nightshift.engineer.ChangeWindow;
import dev.nightshift.engineer.Suggestions;
import dev.nightshift.game.Role;
import dev.nightshift.game.Sessions;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioException;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.scoring.ScoreCard;
import dev.nightshift.store.SessionStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every scripted player over {@code seeds} variants of a scenario (its own seed, then the next ones), each in a
 * real session played through {@link Sessions} as the shell plays it, and holds the scores to the bounds.
 */
public final class Calibration {

    /** An alert raised this long before the shift's end and still open is one the expert could not clear in time. */
    static final Duration BACKLOG_GRACE = Duration.ofMinutes(15);

    private Calibration() {
    }

    public static CalibrationReport run(ScenarioLibrary library, String scenarioRef, int seeds) throws ScenarioException {
        return run(library, scenarioRef, seeds, seeds);
    }

    /** As {@link #run(ScenarioLibrary, String, int)}, with the scripted engineers on the first {@code engineerSeeds}. */
    public static CalibrationReport run(ScenarioLibrary library, String scenarioRef, int seeds, int engineerSeeds)
            throws ScenarioException {
        if (seeds < 1 || seeds > 100) {
            throw new IllegalArgumentException("calibrate needs 1 to 100 seeds, got " + seeds);
        }
        Scenario scenario = library.load(scenarioRef);
        List<Player> players = new ArrayList<>(LazyPlayers.all());
        players.add(new Expert(scenario.playbook()));
        players.add(new Oracle());
        List<CalibrationReport.PlayerResult> results = new ArrayList<>();
        List<Integer> backlog = new ArrayList<>();
        Sessions sessions = new Sessions(SessionStore.inMemory(), library);
        for (Player player : players) {
            List<Long> seedList = new ArrayList<>();
            List<ScoreCard> cards = new ArrayList<>();
            for (int k = 0; k < seeds; k++) {
                long seed = scenario.seed() + k;
                sessions.start(scenarioRef, Role.ANALYST, seed);
                Desk desk = new Desk(sessions);
                player.play(desk, seed);
                ScoreCard card = desk.end();
                seedList.add(seed);
                cards.add(card);
                if (player instanceof Expert) {
                    backlog.add(backlog(desk));
                }
            }
            results.add(CalibrationReport.PlayerResult.of(player.name(), Bounds.of(player.name()), seedList, cards));
        }
        if (scenario.roles().contains(Role.ENGINEER.word())) {
            results.addAll(engineers(scenario, Math.min(seeds, engineerSeeds)));
        }
        return new CalibrationReport(scenario.id(), results, backlog);
    }

    /**
     * Plays the scripted engineers over the seeds: per seed one history, forked into a window per engineer, and one
     * held-out week that grades all their change sets together.
     */
    static List<CalibrationReport.PlayerResult> engineers(Scenario scenario, int seeds) {
        List<Engineers.Script> scripts = Engineers.all(scenario);
        List<List<dev.nightshift.scoring.EngineerCard>> cards = new ArrayList<>();
        scripts.forEach(s -> cards.add(new ArrayList<>()));
        List<Long> seedList = new ArrayList<>();
        for (int k = 0; k < seeds; k++) {
            long seed = scenario.seed() + k;
            ChangeWindow base = ChangeWindow.open(scenario, seed);
            List<ChangeWindow> windows = new ArrayList<>();
            for (Engineers.Script script : scripts) {
                ChangeWindow window = base.fork();
                script.change(window);
                windows.add(window);
            }
            List<dev.nightshift.scoring.EngineerCard> graded = ChangeWindow.deployTogether(windows);
            for (int i = 0; i < scripts.size(); i++) {
                cards.get(i).add(graded.get(i));
            }
            seedList.add(seed);
        }
        List<CalibrationReport.PlayerResult> results = new ArrayList<>();
        for (int i = 0; i < scripts.size(); i++) {
            String name = scripts.get(i).name();
            results.add(CalibrationReport.PlayerResult.ofEngineer(name, Bounds.of(name), seedList, cards.get(i)));
        }
        return results;
    }

    /** What the scripted expert made of one variant: queue entries, alerts behind them, entries left open, score. */
    public record ExpertRun(long seed, int entries, int alerts, int backlog, int score) {
    }

    /** Plays the scripted expert once, for {@code scenario check}: can one analyst work this queue in the shift? */
    public static ExpertRun expert(ScenarioLibrary library, String scenarioRef, long seed) throws ScenarioException {
        Scenario scenario = library.load(scenarioRef);
        Sessions sessions = new Sessions(SessionStore.inMemory(), library);
        sessions.start(scenarioRef, Role.ANALYST, seed);
        Desk desk = new Desk(sessions);
        new Expert(scenario.playbook()).play(desk, seed);
        ScoreCard card = desk.end();
        return new ExpertRun(seed, desk.alerts().size(), desk.alerts().stream().mapToInt(CaseAlert::count).sum(),
                backlog(desk), card.total());
    }

    /** The engineer's side of {@code scenario check}: the exclusions the truth suggests and the best card. */
    public record EngineerCheck(long seed, List<Suggestions.Suggestion> suggestions,
                                dev.nightshift.scoring.EngineerCard best, int noisyRules) {
    }

    /** Opens the change window of {@code seed}, asks the truth for exclusions and deploys the scenario's solution. */
    public static EngineerCheck engineer(Scenario scenario, long seed) {
        ChangeWindow window = ChangeWindow.open(scenario, seed);
        List<Suggestions.Suggestion> suggestions = Suggestions.of(window);
        int noisy = (int) window.rules().stream()
                .filter(r -> r.alerts() > 0 && r.falsePositivePercent() != null && r.falsePositivePercent() >= 80).count();
        Engineers.solution(window, scenario.engineer(), suggestions);
        dev.nightshift.scoring.EngineerCard card = ChangeWindow.deployTogether(List.of(window)).get(0);
        return new EngineerCheck(seed, suggestions, card, noisy);
    }

    private static int backlog(Desk desk) {
        Instant cutoff = desk.shift().end().minus(BACKLOG_GRACE);
        return (int) desk.alerts().stream().filter(CaseAlert::isOpen).filter(a -> a.raisedAt().isBefore(cutoff)).count();
    }
}
