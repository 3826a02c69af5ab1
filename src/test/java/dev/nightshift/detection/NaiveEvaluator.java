package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The benchmark's baseline: every rule value turned into a {@link Pattern} and matched against every event, rule
 * after rule, with no index and no lowering of literals. Rules are "selection and not filter".
 */
final class NaiveEvaluator {

    /** A field with values to match: any value matches, or every value with {@code all}. */
    record Clause(String field, boolean all, List<Pattern> patterns) {

        Clause {
            Objects.requireNonNull(field, "field");
            patterns = List.copyOf(patterns);
        }

        static Clause glob(String field, boolean all, String... globs) {
            return new Clause(field, all, java.util.Arrays.stream(globs).map(NaiveEvaluator::pattern).toList());
        }

        static Clause all(String field, String... globs) {
            return glob(field, true, globs);
        }
    }

    /** A rule: its logsource, the clauses that must all hold and the filter clauses that must not all hold. */
    record Rule(LogSource logsource, List<Clause> selection, List<Clause> filter) {
        Rule {
            selection = List.copyOf(selection);
            filter = List.copyOf(filter);
        }
    }

    private final List<Rule> rules;

    NaiveEvaluator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** How many rules the event matches. */
    int matches(Event event) {
        int count = 0;
        for (Rule rule : rules) {
            if (rule.logsource().equals(event.logsource()) && allHold(rule.selection(), event)
                    && (rule.filter().isEmpty() || !allHold(rule.filter(), event))) {
                count++;
            }
        }
        return count;
    }

    private static boolean allHold(List<Clause> clauses, Event event) {
        for (Clause clause : clauses) {
            Object value = value(event, clause.field());
            if (value == null) {
                return false;
            }
            String text = value.toString();
            boolean holds = clause.all();
            for (Pattern pattern : clause.patterns()) {
                if (pattern.matcher(text).matches() != clause.all()) {
                    holds = !clause.all();
                    break;
                }
            }
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static Object value(Event event, String field) {
        Object value = event.field(field);
        int dot = field.indexOf('.');
        if (value == null && dot > 0 && event.field(field.substring(0, dot)) instanceof Map<?, ?> map) {
            return map.get(field.substring(dot + 1));
        }
        return value;
    }

    private static Pattern pattern(String glob) {
        StringBuilder regex = new StringBuilder();
        String[] parts = glob.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}
