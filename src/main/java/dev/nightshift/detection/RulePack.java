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

    private final List<SigmaFilter> filters;
    private final Map<String, List<CompiledFilter>> filtersByRule;

    private RulePack(List<SigmaRule> rules, List<RuleError> errors, List<CompiledDetection> detections,
                     List<CompiledCorrelation> correlations, List<CompiledFilter> filters) {
        this.filters = filters.stream().map(CompiledFilter::filter).toList();
        Map<String, List<CompiledFilter>> byRule = new HashMap<>();
        for (CompiledFilter filter : filters) {
            for (String rule : filter.filter().rules()) {
                byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(filter);
            }
        }
        this.filtersByRule = byRule;
        this.rules = List.copyOf(rules);
        this.errors = List.copyOf(errors);
        this.detections = List.copyOf(detections);
        this.correlations = List.copyOf(correlations);
    }

    /** Parses, checks and compiles the sources; never throws on bad input, which ends up in {@link #errors()}. */
    public static RulePack parse(List<SigmaSource> sources) {
        return parse(sources, Map.of());
    }

    /**
     * As {@link #parse(List)}, with the values that {@code %name%} placeholders of {@code |expand} fields stand
     * for, by placeholder name (without the percent signs); an unknown placeholder is an error of its rule.
     */
    public static RulePack parse(List<SigmaSource> sources, Map<String, List<String>> placeholders) {
        Map<String, List<String>> values = new HashMap<>();
        placeholders.forEach((name, list) -> values.put(name, List.copyOf(list)));
        List<Problems> problems = new ArrayList<>();
        List<ParsedRule> parsed = new ArrayList<>();
        Map<ParsedRule, Problems> origin = new IdentityHashMap<>();
        Map<ParsedRule, EventMatcher> matchers = new IdentityHashMap<>();
        record PendingFilter(ParsedFilter parsed, EventMatcher matcher, Problems problems) {
        }
        List<PendingFilter> pending = new ArrayList<>();
        for (SigmaSource source : sources) {
            Problems fileProblems = new Problems(source.file());
            problems.add(fileProblems);
            try {
                RuleParser parser = new RuleParser(source, fileProblems, values);
                for (ParsedRule rule : parser.parse()) {
                    EventMatcher matcher = rule.detection() == null ? null
                            : DetectionCompiler.compile(rule.detection(), values, fileProblems);
                    if (rule.detection() == null || matcher != null) {
                        parsed.add(rule);
                        origin.put(rule, fileProblems);
                        matchers.put(rule, matcher);
                    }
                }
                for (ParsedFilter filter : parser.filters()) {
                    EventMatcher matcher = DetectionCompiler.compile(filter.detection(), values, fileProblems);
                    if (matcher != null) {
                        pending.add(new PendingFilter(filter, matcher, fileProblems));
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
        Map<ParsedRule, Boolean> resolved = new IdentityHashMap<>();
        for (ParsedRule rule : unique) {
            if (rule.detection() != null) {
                detections.add(new CompiledDetection(rule.rule(), matchers.get(rule),
                        DetectionCompiler.needles(rule.detection(), values), DetectionCompiler.fields(rule.detection())));
                loaded.add(rule.rule());
            } else if (resolve(rule, byReference, origin, resolved, new ArrayList<>())) {
                correlations.add(new CompiledCorrelation(rule.rule(), rule.correlation(), references(rule, byReference)));
                loaded.add(rule.rule());
            }
        }
        List<CompiledFilter> filters = new ArrayList<>();
        for (PendingFilter filter : pending) {
            if (targetsResolve(filter.parsed(), byReference, filter.problems())) {
                SigmaFilter meta = filter.parsed().filter();
                List<String> ids = filter.parsed().references().stream()
                        .map(r -> byReference.get(r.name()).rule().id()).toList();
                filters.add(new CompiledFilter(new SigmaFilter(meta.file(), meta.line(), meta.id(), meta.title(),
                        meta.logsource(), ids, meta.owner(), meta.reason(), meta.expires()), filter.matcher()));
            }
        }
        List<RuleError> errors = new ArrayList<>();
        problems.forEach(p -> errors.addAll(p.errors()));
        return new RulePack(loaded, errors, detections, correlations, filters);
    }

    /**
     * Whether every rule a correlation references exists and loads, following chains of correlations; a cycle
     * fails at the reference that closes it. Each correlation is judged, and its problems reported, once.
     */
    private static boolean resolve(ParsedRule rule, Map<String, ParsedRule> byReference,
                                   Map<ParsedRule, Problems> origin, Map<ParsedRule, Boolean> resolved,
                                   List<ParsedRule> path) {
        Boolean known = resolved.get(rule);
        if (known != null) {
            return known;
        }
        path.add(rule);
        boolean ok = true;
        for (CorrelationSpec.Reference reference : rule.correlation().rules()) {
            ParsedRule target = byReference.get(reference.name());
            if (target == null) {
                origin.get(rule).add(reference.pos(), "the correlation references rule '" + reference.name()
                        + "', which is not in the rule pack (or did not load)");
                ok = false;
            } else if (path.contains(target)) {
                origin.get(rule).add(reference.pos(), "the correlation references '" + reference.name()
                        + "', which leads back to this correlation: chained correlations must not form a cycle");
                ok = false;
            } else if (target.correlation() != null && !resolve(target, byReference, origin, resolved, path)) {
                origin.get(rule).add(reference.pos(), "the correlation references correlation '" + reference.name()
                        + "', which did not load");
                ok = false;
            }
        }
        path.remove(path.size() - 1);
        resolved.put(rule, ok);
        return ok;
    }

    private static boolean targetsResolve(ParsedFilter filter, Map<String, ParsedRule> byReference, Problems problems) {
        boolean ok = true;
        for (CorrelationSpec.Reference reference : filter.references()) {
            ParsedRule target = byReference.get(reference.name());
            if (target == null || target.detection() == null) {
                problems.add(reference.pos(), "the filter applies to rule '" + reference.name() + "', which "
                        + (target == null ? "is not in the rule pack (or did not load)" : "is a correlation; filters "
                        + "apply to detection rules"));
                ok = false;
            }
        }
        return ok;
    }

    private static List<SigmaRule> references(ParsedRule rule, Map<String, ParsedRule> byReference) {
        return rule.correlation().rules().stream().map(r -> byReference.get(r.name()).rule()).toList();
    }

    /** Every rule that loaded, detection and correlation, in file and document order. */
    public List<SigmaRule> rules() {
        return rules;
    }

    /** The detection and correlation rules that the correlation with this id counts (none for other rules). */
    public List<SigmaRule> references(String correlationId) {
        for (CompiledCorrelation c : correlations) {
            if (c.rule().id().equals(correlationId)) {
                return c.references();
            }
        }
        return List.of();
    }

    /** Every problem of every file, in file order. */
    public List<RuleError> errors() {
        return errors;
    }

    /** Every filter document that loaded, in file order, with the ids of the rules it applies to. */
    public List<SigmaFilter> filters() {
        return filters;
    }

    /** The filters that apply to the rule with this id. */
    List<CompiledFilter> filtersFor(String ruleId) {
        return filtersByRule.getOrDefault(ruleId, List.of());
    }

    List<CompiledDetection> detections() {
        return detections;
    }

    List<CompiledCorrelation> correlations() {
        return correlations;
    }
}
