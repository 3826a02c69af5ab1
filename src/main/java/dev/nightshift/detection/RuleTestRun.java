package dev.nightshift.detection;

import dev.nightshift.logs.LogReader;
import dev.nightshift.logs.LogRecord;
import dev.nightshift.pipeline.InputProblem;
import dev.nightshift.pipeline.Pipeline;
import dev.nightshift.pipeline.PipelineSource;
import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import dev.nightshift.telemetry.Truth;
import java.io.IOException;
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
 * Runs Sigma rules over a file of exported events, ours or real ones, for {@code rules test}. The file is streamed:
 * each record becomes an event through the processing pipelines, events are played in time order (file order
 * breaks ties) within a window of {@link #REORDER} events, so memory stays flat whatever the file's size, and every
 * rule reports its own matches, including the rules that only feed a correlation. Given the truth file of the
 * events, it also counts each rule's true and false positives and names the attack stages no rule caught.
 */
public final class RuleTestRun {

    /** How far out of time order events may come and still be played in order. */
    static final int REORDER = 8192;

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
        return run(rulePaths, eventsJsonl, truthJsonl, RuleTestOptions.defaults()).report();
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
        return run(rules, List.of(), eventsJsonl, truthJsonl, RuleTestOptions.defaults()).report();
    }

    /** Reads the rule files and directories, then runs them over the events file as the options say. */
    public static RuleTestResults run(Collection<Path> rulePaths, Path events, Path truth, RuleTestOptions options) {
        RuleFiles files = RuleFiles.read(rulePaths);
        return run(files.sources(), files.errors(), events, truth, options);
    }

    private static RuleTestResults run(List<SigmaSource> rules, List<RuleError> fileErrors, Path events, Path truth,
                                       RuleTestOptions options) {
        List<RuleError> errors = new ArrayList<>(fileErrors);
        Pipeline pipeline = pipeline(options, errors);
        Map<String, List<String>> vars = new HashMap<>(pipeline.vars());
        vars.putAll(options.vars());
        RulePack pack = RulePack.parse(rules, vars);
        errors.addAll(pack.errors());
        List<InputProblem> eventProblems = new ArrayList<>();
        List<RuleError> truthErrors = new ArrayList<>();
        TruthLabels labels = truth == null ? null : TruthLabels.read(truth, truthErrors);
        Map<String, List<String>> fieldsByRule = new HashMap<>();
        pack.detections().forEach(d -> fieldsByRule.put(d.rule().id(), d.fields()));
        Set<String> selected = new HashSet<>();
        pack.rules().stream().filter(options::selects).forEach(r -> selected.add(r.id()));
        Judge judge = new Judge(labels, fieldsByRule, selected);
        pack.rules().forEach(judge::know);
        DetectionEngine engine = new DetectionEngine(pack, true);
        Set<LogSource> seen = new HashSet<>();
        long read = 0;
        boolean readable;
        long lines;
        RuleTestResults.OutOfOrder outOfOrder;
        try (LogReader reader = LogReader.open(events, options.format(), eventProblems)) {
            TimeOrder window = new TimeOrder(REORDER);
            Instant last = Instant.EPOCH;
            LogSource lastSource = null;
            for (LogRecord record = reader.next(); record != null; record = reader.next()) {
                Event event = pipeline.adopt(record.index(), record.fields(), last);
                last = event.timestamp();
                if (event.logsource() != lastSource) {
                    lastSource = event.logsource();
                    seen.add(lastSource);
                }
                read++;
                Event oldest = window.add(event);
                if (oldest != null) {
                    judge.play(engine, oldest);
                }
            }
            for (Event event = window.poll(); event != null; event = window.poll()) {
                judge.play(engine, event);
            }
            readable = reader.readable();
            lines = reader.count();
            Event first = window.firstLate();
            outOfOrder = first == null ? null
                    : new RuleTestResults.OutOfOrder(window.late(), first.index(), first.timestamp(), REORDER);
        }
        judge.record(engine.advanceTo(Instant.MAX));
        eventProblems.forEach(p -> errors.add(new RuleError(p.file(), p.line(), p.column(), p.message())));
        errors.addAll(truthErrors);
        if (labels != null && readable) {
            labels.checkAgainst(lines, errors);
        }
        List<RuleTestReport.RuleResult> results = new ArrayList<>();
        List<SigmaRule> unmapped = new ArrayList<>();
        for (SigmaRule rule : pack.rules()) {
            if (!selected.contains(rule.id())) {
                continue;
            }
            results.add(judge.result(rule));
            if (!rule.isCorrelation() && !mapped(rule.logsource(), pipeline.logsources(), seen)) {
                unmapped.add(rule);
            }
        }
        List<RuleTestReport.MissedStage> missed = labels == null ? List.of() : judge.missedStages();
        RuleTestReport report = new RuleTestReport((int) Math.min(Integer.MAX_VALUE, read), results, errors,
                labels != null, missed);
        return new RuleTestResults(report, judge.details(), judge.omitted(), unmapped, outOfOrder, events.toString());
    }

    private static Pipeline pipeline(RuleTestOptions options, List<RuleError> errors) {
        if (options.pipelines().isEmpty()) {
            return Pipeline.defaults();
        }
        List<PipelineSource> sources = new ArrayList<>();
        for (Path file : options.pipelines()) {
            try {
                sources.add(new PipelineSource(file.toString(), Files.readString(file)));
            } catch (IOException | java.io.UncheckedIOException e) {
                errors.add(new RuleError(file.toString(), 1, 1, "the pipeline file cannot be read: " + e.getMessage()));
            }
        }
        List<InputProblem> problems = new ArrayList<>();
        Pipeline pipeline = Pipeline.load(sources, true, problems);
        problems.forEach(p -> errors.add(new RuleError(p.file(), p.line(), p.column(), p.message())));
        return pipeline;
    }

    /** Whether some event can have a logsource the rule's covers: one a pipeline assigns, or one an event had. */
    static boolean mapped(LogSource rule, Set<LogSource> assignable, Set<LogSource> seen) {
        if (rule.product() == null && rule.category() == null && rule.service() == null) {
            return true;
        }
        for (Set<LogSource> sources : List.of(assignable, seen)) {
            for (LogSource source : sources) {
                if (LogsourceCoverage.covers(rule, source)) {
                    return true;
                }
            }
        }
        return false;
    }

    private record StageKey(String stage, String technique) {
    }

    /** Collects each rule's matches and, with truth labels, which of them are true positives. */
    private static final class Judge {

        private final TruthLabels truth;
        private final Map<String, List<String>> fieldsByRule;
        private final Set<String> selected;
        private final Map<String, SigmaRule> rules = new HashMap<>();
        private final Map<String, List<Long>> matches = new HashMap<>();
        private final Map<String, Integer> truePositives = new HashMap<>();
        private final Set<StageKey> caught = new HashSet<>();
        private final Map<StageKey, long[]> stages = new LinkedHashMap<>();
        private final List<RuleTestMatch> details = new ArrayList<>();
        private long omitted;

        Judge(TruthLabels truth, Map<String, List<String>> fieldsByRule, Set<String> selected) {
            this.truth = truth;
            this.fieldsByRule = fieldsByRule;
            this.selected = selected;
        }

        void know(SigmaRule rule) {
            rules.put(rule.id(), rule);
        }

        void play(DetectionEngine engine, Event event) {
            if (truth != null) {
                Truth label = truth.of(event.index());
                if (label.isAttack()) {
                    long[] stage = stages.computeIfAbsent(key(label), k -> new long[] {0, Long.MAX_VALUE});
                    stage[0]++;
                    stage[1] = Math.min(stage[1], event.index());
                }
            }
            record(engine.process(event));
        }

        void record(List<Alert> alerts) {
            for (Alert alert : alerts) {
                if (!selected.contains(alert.ruleId())) {
                    continue;
                }
                Event at = alert.events().get(alert.events().size() - 1);
                matches.computeIfAbsent(alert.ruleId(), id -> new ArrayList<>()).add(at.index());
                detail(alert, at);
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

        private void detail(Alert alert, Event at) {
            if (details.size() >= RuleTestResults.DETAILED) {
                omitted++;
                return;
            }
            SigmaRule rule = rules.get(alert.ruleId());
            if (rule == null) {
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (String field : fieldsByRule.getOrDefault(alert.ruleId(), List.of())) {
                Object value = new FieldPath(field).get(at);
                if (value != null) {
                    values.put(field, value.toString());
                }
            }
            details.add(new RuleTestMatch(rule, at.index(), at.timestamp(), at.host(), values));
        }

        RuleTestReport.RuleResult result(SigmaRule rule) {
            List<Long> indexes = new ArrayList<>(matches.getOrDefault(rule.id(), List.of()));
            indexes.sort(null);
            return new RuleTestReport.RuleResult(rule, indexes, truePositives.getOrDefault(rule.id(), 0));
        }

        /** The attack stages of the events that no match caught, in the order of their first event's line. */
        List<RuleTestReport.MissedStage> missedStages() {
            List<RuleTestReport.MissedStage> missed = new ArrayList<>();
            stages.forEach((key, stage) -> {
                if (!caught.contains(key)) {
                    missed.add(new RuleTestReport.MissedStage(key.stage(), key.technique(), (int) stage[0], stage[1]));
                }
            });
            missed.sort(Comparator.comparingLong(RuleTestReport.MissedStage::firstEventIndex));
            return missed;
        }

        List<RuleTestMatch> details() {
            return details;
        }

        long omitted() {
            return omitted;
        }

        private static StageKey key(Truth label) {
            return new StageKey(label.stage(), label.technique());
        }
    }
}
