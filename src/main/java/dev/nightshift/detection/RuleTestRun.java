package dev.nightshift.detection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.Truth;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs Sigma rules over a JSON-lines file of events, ours or real ones, for {@code rules test}: each line becomes an
 * event through {@link LogsourceMapping}, the events are played in time order (file order breaks ties), and every
 * rule reports its own matches, including the rules that only feed a correlation. Given the truth file of the
 * events, it also counts each rule's true and false positives and names the attack stages no rule caught.
 */
public final class RuleTestRun {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final TypeReference<Map<String, Object>> RECORD = new TypeReference<>() {
    };

    private RuleTestRun() {
    }

    /** Reads the rule files and directories, then runs them over the events file. */
    public static RuleTestReport run(Collection<Path> rulePaths, Path eventsJsonl) {
        return run(rulePaths, eventsJsonl, null);
    }

    /**
     * Reads the rule files and directories, then runs them over the events file and, unless {@code truthJsonl} is
     * null, judges every match against the truth file of those events (see {@link #run(List, Path, Path)}).
     */
    public static RuleTestReport run(Collection<Path> rulePaths, Path eventsJsonl, Path truthJsonl) {
        RuleFiles files = RuleFiles.read(rulePaths);
        RuleTestReport report = run(files.sources(), eventsJsonl, truthJsonl);
        List<RuleError> errors = new ArrayList<>(files.errors());
        errors.addAll(report.errors());
        return new RuleTestReport(report.events(), report.rules(), errors, report.labelled(), report.missedStages());
    }

    /** Runs the rules over the events file; problems in either are errors of the report, never exceptions. */
    public static RuleTestReport run(List<SigmaSource> rules, Path eventsJsonl) {
        return run(rules, eventsJsonl, null);
    }

    /**
     * As {@link #run(List, Path)}; unless {@code truthJsonl} is null, each match is also judged against the truth
     * file of the events (one label per event line, as {@code generate --truth} writes it): a true positive when
     * any event behind it (for a correlation, the events of its window) belongs to an attack stage. Attack stages
     * none of whose events is behind any rule's match are reported as missed. Problems of the truth file are
     * errors of the report too.
     */
    public static RuleTestReport run(List<SigmaSource> rules, Path eventsJsonl, Path truthJsonl) {
        RulePack pack = RulePack.parse(rules);
        List<RuleError> errors = new ArrayList<>(pack.errors());
        EventsFile file = read(eventsJsonl, errors);
        TruthLabels truth = truthJsonl == null ? null : TruthLabels.read(truthJsonl, errors);
        if (truth != null && file.readable()) {
            truth.checkAgainst(file.lines(), errors);
        }
        List<Event> events = file.events();
        events.sort(Comparator.comparing(Event::timestamp).thenComparingLong(Event::index));
        Judge judge = new Judge(truth);
        DetectionEngine engine = new DetectionEngine(pack, true);
        for (Event event : events) {
            judge.record(engine.process(event));
        }
        judge.record(engine.advanceTo(Instant.MAX));
        List<RuleTestReport.RuleResult> results = new ArrayList<>();
        for (SigmaRule rule : pack.rules()) {
            results.add(judge.result(rule));
        }
        List<RuleTestReport.MissedStage> missed = truth == null ? List.of() : judge.missedStages(events);
        return new RuleTestReport(events.size(), results, errors, truth != null, missed);
    }

    /** The events read from a file, and how many lines it has (to check the truth labels against). */
    private record EventsFile(List<Event> events, long lines, boolean readable) {
    }

    private record StageKey(String stage, String technique) {
    }

    /** Collects each rule's matches and, with truth labels, which of them are true positives. */
    private static final class Judge {

        private final TruthLabels truth;
        private final Map<String, List<Long>> matches = new HashMap<>();
        private final Map<String, Integer> truePositives = new HashMap<>();
        private final Set<StageKey> caught = new HashSet<>();

        Judge(TruthLabels truth) {
            this.truth = truth;
        }

        void record(List<Alert> alerts) {
            for (Alert alert : alerts) {
                Event at = alert.events().get(alert.events().size() - 1);
                matches.computeIfAbsent(alert.ruleId(), id -> new ArrayList<>()).add(at.index());
                if (truth == null) {
                    continue;
                }
                boolean attack = false;
                for (Event event : alert.events()) {
                    Truth label = truth.of(event.index());
                    if (label.isAttack()) {
                        attack = true;
                        caught.add(key(label));
                    }
                }
                if (attack) {
                    truePositives.merge(alert.ruleId(), 1, Integer::sum);
                }
            }
        }

        RuleTestReport.RuleResult result(SigmaRule rule) {
            List<Long> indexes = new ArrayList<>(matches.getOrDefault(rule.id(), List.of()));
            indexes.sort(null);
            return new RuleTestReport.RuleResult(rule, indexes, truePositives.getOrDefault(rule.id(), 0));
        }

        /** The attack stages of the events that no match caught, in the order of their first event's line. */
        List<RuleTestReport.MissedStage> missedStages(List<Event> events) {
            Map<StageKey, RuleTestReport.MissedStage> missed = new LinkedHashMap<>();
            events.stream().sorted(Comparator.comparingLong(Event::index)).forEach(event -> {
                Truth label = truth.of(event.index());
                if (label.isAttack() && !caught.contains(key(label))) {
                    missed.merge(key(label), new RuleTestReport.MissedStage(label.stage(), label.technique(), 1,
                            event.index()), (a, b) -> new RuleTestReport.MissedStage(a.stage(), a.technique(),
                            a.events() + 1, a.firstEventIndex()));
                }
            });
            return List.copyOf(missed.values());
        }

        private static StageKey key(Truth label) {
            return new StageKey(label.stage(), label.technique());
        }
    }

    private static EventsFile read(Path file, List<RuleError> errors) {
        List<Event> events = new ArrayList<>();
        String name = file.toString();
        long index = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Instant last = Instant.EPOCH;
            for (String line = reader.readLine(); line != null; line = reader.readLine(), index++) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> record = parse(line, name, index, errors);
                if (record != null) {
                    Event event = LogsourceMapping.toEvent(index, record, last);
                    last = event.timestamp();
                    events.add(event);
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            errors.add(new RuleError(name, 1, 1, "no such file"));
            return new EventsFile(events, index, false);
        } catch (IOException | java.io.UncheckedIOException e) {
            errors.add(new RuleError(name, 1, 1, "the events file cannot be read: " + e.getMessage()));
            return new EventsFile(events, index, false);
        }
        return new EventsFile(events, index, true);
    }

    private static Map<String, Object> parse(String line, String file, long index, List<RuleError> errors) {
        int lineNumber = (int) Math.min(Integer.MAX_VALUE, index + 1);
        if (!line.stripLeading().startsWith("{")) {
            errors.add(new RuleError(file, lineNumber, 1 + line.length() - line.stripLeading().length(),
                    "each line must be one JSON object"));
            return null;
        }
        try {
            return MAPPER.readValue(line, RECORD);
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            errors.add(new RuleError(file, lineNumber, column, "invalid JSON: " + e.getOriginalMessage()));
            return null;
        }
    }
}
