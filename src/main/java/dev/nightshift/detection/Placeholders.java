package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code expand} modifier: each {@code %name%} in a value stands for every value the pack defines for that
 * placeholder, so a value becomes one value per combination; a placeholder the pack does not define is an error.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("%([A-Za-z0-9_.-]+)%");
    private static final int MAX_VALUES = 10_000;

    private Placeholders() {
    }

    static List<Value> expand(List<Value> values, Map<String, List<String>> placeholders) {
        List<Value> expanded = new ArrayList<>();
        for (Value value : values) {
            if (!(value.value() instanceof String text)) {
                expanded.add(value);
                continue;
            }
            List<String> texts = List.of("");
            Matcher m = PLACEHOLDER.matcher(text);
            int from = 0;
            while (m.find()) {
                List<String> replacements = placeholders.get(m.group(1));
                if (replacements == null || replacements.isEmpty()) {
                    throw new RuleException(value.pos(), "placeholder '%" + m.group(1) + "%' of an 'expand' value is "
                            + "not defined" + (placeholders.isEmpty() ? "; this pack defines no placeholders"
                            : "; defined: " + String.join(", ", new java.util.TreeSet<>(placeholders.keySet()))));
                }
                texts = combine(texts, text.substring(from, m.start()), replacements, value);
                from = m.end();
            }
            String rest = text.substring(from);
            for (String prefix : texts) {
                String result = prefix + rest;
                expanded.add(new Value(result, result, value.pos(), value.node()));
            }
        }
        return expanded;
    }

    private static List<String> combine(List<String> prefixes, String literal, List<String> replacements, Value at) {
        if ((long) prefixes.size() * replacements.size() > MAX_VALUES) {
            throw new RuleException(at.pos(), "'expand' would make more than " + MAX_VALUES + " values");
        }
        List<String> combined = new ArrayList<>();
        for (String prefix : prefixes) {
            for (String replacement : replacements) {
                combined.add(prefix + literal + replacement);
            }
        }
        return combined;
    }
}
