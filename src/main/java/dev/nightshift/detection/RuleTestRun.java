package dev.nightshift.detection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.telemetry.Event;
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
import java.util.List;
import java.util.Map;

/**
 * Runs Sigma rules over a JSON-lines file of events, ours or real ones, for {@code rules test}: each line becomes an
 * event through {@link LogsourceMapping}, the events are played in time order (file order breaks ties), and every
 * rule reports its own matches, including the rules that only feed a correlation.
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
        RuleFiles files = RuleFiles.read(rulePaths);
        RuleTestReport report = run(files.sources(), eventsJsonl);
        List<RuleError> errors = new ArrayList<>(files.errors());
        errors.addAll(report.errors());
        return new RuleTestReport(report.events(), report.rules(), errors);
    }

    /** Runs the rules over the events file; problems in either are errors of the report, never exceptions. */
    public static RuleTestReport run(List<SigmaSource> rules, Path eventsJsonl) {
        RulePack pack = RulePack.parse(rules);
        List<RuleError> errors = new ArrayList<>(pack.errors());
        List<Event> events = read(eventsJsonl, errors);
        events.sort(Comparator.comparing(Event::timestamp).thenComparingLong(Event::index));
        Map<String, List<Long>> matches = new HashMap<>();
        DetectionEngine engine = new DetectionEngine(pack, true);
        for (Event event : events) {
            record(engine.process(event), matches);
        }
        record(engine.advanceTo(Instant.MAX), matches);
        List<RuleTestReport.RuleResult> results = new ArrayList<>();
        for (SigmaRule rule : pack.rules()) {
            List<Long> indexes = new ArrayList<>(matches.getOrDefault(rule.id(), List.of()));
            indexes.sort(null);
            results.add(new RuleTestReport.RuleResult(rule, indexes));
        }
        return new RuleTestReport(events.size(), results, errors);
    }

    private static void record(List<Alert> alerts, Map<String, List<Long>> matches) {
        for (Alert alert : alerts) {
            Event at = alert.events().get(alert.events().size() - 1);
            matches.computeIfAbsent(alert.ruleId(), id -> new ArrayList<>()).add(at.index());
        }
    }

    private static List<Event> read(Path file, List<RuleError> errors) {
        List<Event> events = new ArrayList<>();
        String name = file.toString();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Instant last = Instant.EPOCH;
            long index = 0;
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
        } catch (IOException | java.io.UncheckedIOException e) {
            errors.add(new RuleError(name, 1, 1, "the events file cannot be read: " + e.getMessage()));
        }
        return events;
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
