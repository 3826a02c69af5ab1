package dev.nightshift.pipeline;

import dev.nightshift.telemetry.LogSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One way an event belongs to a Sigma logsource: the conditions a pipeline file's items add for a rule of that
 * logsource, all of which the event must meet, and the logsource the items changed it to. Condition values compare
 * as Sigma compares them: ignoring case, with {@code *} and {@code ?} as wildcards.
 */
record Route(LogSource logsource, LogSource changedTo, List<Condition> conditions) {

    Route {
        conditions = List.copyOf(conditions);
    }

    /** A field, and the values of which it must have one. */
    record Condition(String field, String[] steps, String[] exact, String[] globs) {

        static Condition of(String field, List<String> values) {
            List<String> exact = new ArrayList<>();
            List<String> globs = new ArrayList<>();
            for (String value : values) {
                String lower = value.toLowerCase(Locale.ROOT);
                (lower.indexOf('*') >= 0 || lower.indexOf('?') >= 0 ? globs : exact).add(lower);
            }
            return new Condition(field, field.indexOf('.') > 0 ? field.split("\\.") : null,
                    exact.toArray(String[]::new), globs.toArray(String[]::new));
        }

        boolean holds(Map<String, Object> record) {
            Object value = value(record);
            if (value == null) {
                return false;
            }
            String text = value.toString();
            for (String candidate : exact) {
                if (candidate.equalsIgnoreCase(text)) {
                    return true;
                }
            }
            if (globs.length > 0) {
                String lower = text.toLowerCase(Locale.ROOT);
                for (String glob : globs) {
                    if (glob(glob, 0, lower, 0)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private Object value(Map<String, Object> record) {
            Object value = record.get(field);
            if (value != null || steps == null) {
                return value;
            }
            Object current = record.get(steps[0]);
            for (int i = 1; i < steps.length && current != null; i++) {
                current = current instanceof Map<?, ?> map ? map.get(steps[i]) : null;
            }
            return current;
        }

        /** Wildcard match, greedy on the last star: linear enough for the short values pipelines name. */
        private static boolean glob(String pattern, int p, String text, int t) {
            int star = -1;
            int mark = 0;
            while (t < text.length()) {
                if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                    p++;
                    t++;
                } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                    star = p++;
                    mark = t;
                } else if (star >= 0) {
                    p = star + 1;
                    t = ++mark;
                } else {
                    return false;
                }
            }
            while (p < pattern.length() && pattern.charAt(p) == '*') {
                p++;
            }
            return p == pattern.length();
        }
    }

    boolean holds(Map<String, Object> record) {
        for (Condition condition : conditions) {
            if (!condition.holds(record)) {
                return false;
            }
        }
        return true;
    }

    /** The plain values this route requires of {@code field}, or null when it has no such condition. */
    String[] required(String field) {
        for (Condition condition : conditions) {
            if (condition.field().equals(field) && condition.globs().length == 0) {
                return condition.exact();
            }
        }
        return null;
    }
}
