package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A compiled test of one event against one field entry of a search. */
interface FieldMatcher {

    boolean matches(Event event);

    /**
     * Tests a field's value: any test (or, with {@code all}, every test) must hold; a list value holds when any of
     * its items does; {@code negate} (the {@code neq} modifier) inverts the outcome.
     */
    static FieldMatcher values(FieldPath path, ValueTest[] tests, boolean all, boolean negate) {
        return event -> {
            Object value = path.get(event);
            boolean result = all;
            for (ValueTest test : tests) {
                if (holds(test, value) != all) {
                    result = !all;
                    break;
                }
            }
            return result != negate;
        };
    }

    /**
     * As {@link #values} with any test holding, for many plain {@code contains} values: one pass over the field's text
     * finds the values whose first character it holds, and only those are tested.
     */
    static FieldMatcher anyContained(FieldPath path, FirstChars literals, ValueTest[] tests, boolean negate) {
        return event -> {
            Object value = path.get(event);
            boolean result;
            if (value instanceof Collection<?> items) {
                result = false;
                for (Object item : items) {
                    if (contained(literals, tests, item)) {
                        result = true;
                        break;
                    }
                }
            } else {
                result = contained(literals, tests, value);
            }
            return result != negate;
        };
    }

    /**
     * As {@link #values} with any test holding, for plain {@code contains} values found in one pass by an automaton
     * over their folded literals. The automaton is built when the entry is first tested: most rules of a large pack
     * never are in a given stream. It is immutable, so threads that race to build it each use a sound one.
     */
    static FieldMatcher anyLiteral(FieldPath path, List<String> literals, boolean negate) {
        AhoCorasick[] built = new AhoCorasick[1];
        return event -> {
            Object value = path.get(event);
            if (value == null) {
                return negate;
            }
            AhoCorasick automaton = built[0];
            if (automaton == null) {
                automaton = new AhoCorasick(literals);
                built[0] = automaton;
            }
            boolean result;
            if (value instanceof Collection<?> items) {
                result = false;
                for (Object item : items) {
                    if (holdsLiteral(automaton, item)) {
                        result = true;
                        break;
                    }
                }
            } else {
                result = holdsLiteral(automaton, value);
            }
            return result != negate;
        };
    }

    private static boolean holdsLiteral(AhoCorasick literals, Object value) {
        return (value instanceof String || value instanceof Number || value instanceof Boolean)
                && literals.any(value.toString());
    }

    private static boolean contained(FirstChars literals, ValueTest[] tests, Object value) {
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            return false;
        }
        return literals.anyConfirmed(value.toString(), literal -> tests[literal].test(value));
    }

    /** True when the field is present (or absent, when {@code expected} is false), whatever its value. */
    static FieldMatcher exists(FieldPath path, boolean expected) {
        return event -> (path.get(event) != null) == expected;
    }

    /** Compares two fields of the same event, case-insensitively unless cased. */
    static FieldMatcher fieldref(FieldPath path, FieldPath other, boolean cased, boolean negate) {
        return event -> {
            Object left = path.get(event);
            Object right = other.get(event);
            boolean equal = left != null && right != null && (cased ? left.toString().equals(right.toString())
                    : left.toString().equalsIgnoreCase(right.toString()));
            return equal != negate;
        };
    }

    /** Keywords: any (or, with {@code all}, every) test must hold for some value anywhere in the event. */
    static FieldMatcher keywords(ValueTest[] tests, boolean all) {
        return event -> {
            for (ValueTest test : tests) {
                if (anywhere(test, event.fields().values()) != all) {
                    return !all;
                }
            }
            return all;
        };
    }

    private static boolean holds(ValueTest test, Object value) {
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (test.test(item)) {
                    return true;
                }
            }
            return false;
        }
        return test.test(value);
    }

    private static boolean anywhere(ValueTest test, Collection<?> values) {
        for (Object value : values) {
            boolean found = value instanceof Map<?, ?> map ? anywhere(test, map.values())
                    : value instanceof Collection<?> items ? anywhere(test, items)
                    : value != null && test.test(value);
            if (found) {
                return true;
            }
        }
        return false;
    }
}
