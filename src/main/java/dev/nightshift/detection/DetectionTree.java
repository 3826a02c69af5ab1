package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded rule's detection as written, for tools that translate a rule instead of running it ({@code rules
 * convert}): its search identifiers, each a list of alternatives (OR) of field entries (AND), and its condition tree.
 * Only rules the engine loads have a tree, so a tree's modifiers, values and condition are known to be valid; the
 * {@code expand} placeholders are already replaced by the given values. A correlation rule has no searches and no
 * condition.
 */
public record DetectionTree(SigmaRule rule, Map<String, List<List<Entry>>> searches, Condition condition) {

    /**
     * One {@code field|modifier|...: values} entry: an empty field is a keyword search; the modifiers in the order
     * written; the values with the text they were written as (a YAML null has a null value).
     */
    public record Entry(String field, int line, int column, List<String> modifiers, List<Literal> values) {
        public Entry {
            Objects.requireNonNull(field, "field");
            modifiers = List.copyOf(modifiers);
            values = List.copyOf(values);
        }

        public boolean isKeyword() {
            return field.isEmpty();
        }
    }

    /** A value as written: null, a Long, a Double, a Boolean or a String, and its source text. */
    public record Literal(Object value, String text) {
        public Literal {
            Objects.requireNonNull(text, "text");
        }
    }

    /** What a rule file holds: every rule of it as a tree, or, when any rule fails to load, only the errors. */
    public record Read(List<DetectionTree> trees, List<RuleError> errors) {
        public Read {
            trees = List.copyOf(trees);
            errors = List.copyOf(errors);
        }
    }

    public DetectionTree {
        Objects.requireNonNull(rule, "rule");
        Map<String, List<List<Entry>>> copy = new LinkedHashMap<>();
        searches.forEach((name, alternatives) -> copy.put(name, alternatives.stream().map(List::copyOf).toList()));
        searches = Collections.unmodifiableMap(copy);
        if ((condition == null) != rule.isCorrelation()) {
            throw new IllegalArgumentException("a detection rule has a condition, a correlation none");
        }
    }

    /**
     * Reads one rule file as the engine loads it, with the values of its {@code expand} placeholders; never throws on
     * bad input, which ends up in {@link Read#errors()}.
     */
    public static Read read(SigmaSource source, Map<String, List<String>> placeholders) {
        RulePack pack = RulePack.parse(List.of(source), placeholders);
        if (!pack.errors().isEmpty()) {
            return new Read(List.of(), pack.errors());
        }
        Problems problems = new Problems(source.file());
        List<DetectionTree> trees = new ArrayList<>();
        for (ParsedRule parsed : new RuleParser(source, problems, placeholders).parse()) {
            if (parsed.detection() == null) {
                trees.add(new DetectionTree(parsed.rule(), Map.of(), null));
                continue;
            }
            Map<String, List<List<Entry>>> searches = new LinkedHashMap<>();
            parsed.detection().searches().forEach((name, alternatives) -> searches.put(name, alternatives.stream()
                    .map(fields -> fields.stream().map(spec -> entry(spec, placeholders)).toList()).toList()));
            trees.add(new DetectionTree(parsed.rule(), searches, parsed.detection().condition()));
        }
        return new Read(trees, problems.errors());
    }

    private static Entry entry(FieldSpec spec, Map<String, List<String>> placeholders) {
        List<String> modifiers = spec.modifiers().stream().map(FieldSpec.Modifier::name).toList();
        List<Value> values = modifiers.contains("expand") ? Placeholders.expand(spec.values(), placeholders)
                : spec.values();
        return new Entry(spec.field(), spec.pos().line(), spec.pos().column(), modifiers,
                values.stream().map(v -> new Literal(v.value(), v.text())).toList());
    }
}
