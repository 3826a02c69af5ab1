package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of Sigma rule files loaded together: every rule that loaded, and every error of every file, each with
 * its position. Correlation rules may reference detection rules of any file in the pack, by id or name.
 */
public final class RulePack {

    private final List<SigmaRule> rules;
    private final List<RuleError> errors;
    private final List<CompiledDetection> detections;
    private final List<CompiledCorrelation> correlations;

    private RulePack(List<SigmaRule> rules, List<RuleError> errors, List<CompiledDetection> detections,
                     List<CompiledCorrelation> correlations) {
        this.rules = List.copyOf(rules);
        this.errors = List.copyOf(errors);
        this.detections = List.copyOf(detections);
        this.correlations = List.copyOf(correlations);
    }

    /** Parses, checks and compiles the sources; never throws on bad input, which ends up in {@link #errors()}. */
    public static RulePack parse(List<SigmaSource> sources) {
        List<Problems> problems = new ArrayList<>();
        List<ParsedRule> parsed = new ArrayList<>();
        Map<ParsedRule, Problems> origin = new IdentityHashMap<>();
        Map<ParsedRule, EventMatcher> matchers = new IdentityHashMap<>();
        for (SigmaSource source : sources) {
            Problems fileProblems = new Problems(source.file());
            problems.add(fileProblems);
            try {
                for (ParsedRule rule : new RuleParser(source, fileProblems).parse()) {
                    EventMatcher matcher = rule.detection() == null ? null
                            : DetectionCompiler.compile(rule.detection(), fileProblems);
                    if (rule.detection() == null || matcher != null) {
                        parsed.add(rule);
                        origin.put(rule, fileProblems);
                        matchers.put(rule, matcher);
                    }
                }
            } catch (RuntimeException e) {
                fileProblems.add(Pos.START, "the rule file could not be loaded: " + e);
            }
        }
        Map<String, ParsedRule> byReference = new HashMap<>();
        List<ParsedRule> unique = new ArrayList<>();
        for (ParsedRule rule : parsed) {
            SigmaRule meta = rule.rule();
            ParsedRule clash = byReference.get(meta.id());
            if (clash == null && meta.name() != null) {
                clash = byReference.get(meta.name());
            }
            if (clash != null) {
                origin.get(rule).add(rule.pos(), "rule id or name '" + (byReference.containsKey(meta.id()) ? meta.id()
                        : meta.name()) + "' is already used by the rule at " + clash.rule().file() + ":" + clash.pos().line());
                continue;
            }
            byReference.put(meta.id(), rule);
            if (meta.name() != null) {
                byReference.put(meta.name(), rule);
            }
            unique.add(rule);
        }
        List<SigmaRule> loaded = new ArrayList<>();
        List<CompiledDetection> detections = new ArrayList<>();
        List<CompiledCorrelation> correlations = new ArrayList<>();
        for (ParsedRule rule : unique) {
            if (rule.detection() != null) {
                detections.add(new CompiledDetection(rule.rule(), matchers.get(rule)));
                loaded.add(rule.rule());
                continue;
            }
            CompiledCorrelation correlation = resolve(rule, byReference, origin.get(rule));
            if (correlation != null) {
                correlations.add(correlation);
                loaded.add(rule.rule());
            }
        }
        List<RuleError> errors = new ArrayList<>();
        problems.forEach(p -> errors.addAll(p.errors()));
        return new RulePack(loaded, errors, detections, correlations);
    }

    private static CompiledCorrelation resolve(ParsedRule rule, Map<String, ParsedRule> byReference, Problems problems) {
        List<SigmaRule> references = new ArrayList<>();
        boolean failed = false;
        for (CorrelationSpec.Reference reference : rule.correlation().rules()) {
            ParsedRule target = byReference.get(reference.name());
            if (target == null) {
                problems.add(reference.pos(), "the correlation references rule '" + reference.name()
                        + "', which is not in the rule pack (or did not load)");
                failed = true;
            } else if (target.correlation() != null) {
                problems.add(reference.pos(), "the correlation references correlation rule '" + reference.name()
                        + "'; chaining correlations is not supported");
                failed = true;
            } else {
                references.add(target.rule());
            }
        }
        return failed ? null : new CompiledCorrelation(rule.rule(), rule.correlation(), references);
    }

    /** Every rule that loaded, detection and correlation, in file and document order. */
    public List<SigmaRule> rules() {
        return rules;
    }

    /** Every problem of every file, in file order. */
    public List<RuleError> errors() {
        return errors;
    }

    List<CompiledDetection> detections() {
        return detections;
    }

    List<CompiledCorrelation> correlations() {
        return correlations;
    }
}
