package dev.nightshift.shell;

import dev.nightshift.game.QueueView.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The queue as {@code alerts --state open --rule R --severity high --sort age} asks for it: states (open means new
 * or opened and not yet closed or escalated), a rule by id prefix or words of its title, levels (comma-separated),
 * and an order. Bad values are refused with the values that would do.
 */
record AlertFilter(Set<String> states, String rule, Set<String> levels, String sort) {

    static final List<String> STATES = List.of("open", "new", "closed", "escalated");
    static final List<String> SORTS = List.of("age", "newest", "severity", "count", "rule");
    static final List<String> LEVELS = List.of("informational", "low", "medium", "high", "critical");

    static AlertFilter of(String state, String rule, String severity, String sort) {
        Set<String> states = words(state, STATES, "--state");
        Set<String> levels = words(severity, LEVELS, "--severity");
        String order = sort == null || sort.isBlank() ? "age" : sort.trim().toLowerCase(Locale.ROOT);
        if (!SORTS.contains(order)) {
            throw new BadInputException("--sort " + sort + " is not an order; use one of " + String.join(", ", SORTS));
        }
        return new AlertFilter(states, rule == null || rule.isBlank() ? null : rule.trim(), levels, order);
    }

    private static Set<String> words(String value, List<String> allowed, String option) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<String> out = Arrays.stream(value.split(",")).map(w -> w.trim().toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        for (String w : out) {
            if (!allowed.contains(w)) {
                throw new BadInputException(option + " " + w + " is not one of " + String.join(", ", allowed)
                        + "; give one or several, comma-separated");
            }
        }
        return out;
    }

    boolean isEmpty() {
        return states.isEmpty() && rule == null && levels.isEmpty() && sort.equals("age");
    }

    List<Row> apply(List<Row> queue) {
        List<Row> out = new ArrayList<>(queue.stream().filter(matches()).toList());
        Comparator<Row> byAge = Comparator.comparing(Row::raised).thenComparing(Row::id);
        out.sort(switch (sort) {
            case "newest" -> byAge.reversed();
            case "severity" -> Comparator.comparingInt((Row a) -> -LEVELS.indexOf(a.level()))
                    .thenComparing(byAge);
            case "count" -> Comparator.comparingInt((Row a) -> -a.count()).thenComparing(byAge);
            case "rule" -> Comparator.comparing((Row a) -> a.title()).thenComparing(byAge);
            default -> byAge;
        });
        return out;
    }

    private Predicate<Row> matches() {
        return a -> (states.isEmpty() || states.contains(a.state())
                        || states.contains("open") && (a.state().equals("new") || a.state().equals("open")))
                && (levels.isEmpty() || levels.contains(a.level().toLowerCase(Locale.ROOT)))
                && (rule == null || ruleMatches(a));
    }

    private boolean ruleMatches(Row a) {
        String wanted = rule.toLowerCase(Locale.ROOT);
        return a.ruleId().toLowerCase(Locale.ROOT).startsWith(wanted)
                || a.title().toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** Says what the filter kept out, so an empty answer is never a mystery. */
    String describe(int shown, int all) {
        List<String> parts = new ArrayList<>();
        if (!states.isEmpty()) {
            parts.add("state " + String.join(",", states));
        }
        if (rule != null) {
            parts.add("rule " + rule);
        }
        if (!levels.isEmpty()) {
            parts.add("severity " + String.join(",", levels));
        }
        return shown + " of " + all + " alert(s)" + (parts.isEmpty() ? "" : " with " + String.join(", ", parts))
                + (sort.equals("age") ? ", oldest first" : ", by " + sort);
    }
}
