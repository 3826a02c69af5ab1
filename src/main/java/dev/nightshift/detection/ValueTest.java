package dev.nightshift.detection;

import com.google.re2j.Pattern;

/** A compiled test of one field value (a String, Number or Boolean, or null when the field is missing). */
interface ValueTest {

    boolean test(Object value);

    /** Matches a missing field or an empty text, as a rule's {@code null} value does. */
    static ValueTest isNull() {
        return value -> value == null || (value instanceof String s && s.isEmpty());
    }

    /** Matches texts, and numbers or booleans by their text. */
    static ValueTest text(TextMatcher matcher) {
        return value -> value instanceof String s ? matcher.matches(s)
                : (value instanceof Number || value instanceof Boolean) && matcher.matches(value.toString());
    }

    /** Matches a whole number by value, whether the event holds it as a number or as its decimal text. */
    static ValueTest number(long expected) {
        String text = Long.toString(expected);
        return value -> value instanceof Number n ? isWhole(n) && n.longValue() == expected
                : value instanceof String s && s.equals(text);
    }

    /** Matches a decimal number by value. */
    static ValueTest number(double expected) {
        return value -> {
            double actual = numeric(value);
            return !Double.isNaN(actual) && actual == expected;
        };
    }

    static ValueTest bool(boolean expected) {
        return value -> value instanceof Boolean b ? b == expected
                : value instanceof String s && s.equalsIgnoreCase(Boolean.toString(expected));
    }

    /** Compares a numeric value, given as a number or as decimal text, with a bound. */
    static ValueTest compare(Modifiers.Kind kind, double bound) {
        return value -> {
            double actual = numeric(value);
            if (Double.isNaN(actual)) {
                return false;
            }
            return switch (kind) {
                case GT -> actual > bound;
                case GTE -> actual >= bound;
                case LT -> actual < bound;
                default -> actual <= bound;
            };
        };
    }

    /** Finds a regular expression anywhere in the value's text, in time linear in the text (RE2/J). */
    static ValueTest regex(Pattern pattern) {
        return value -> value != null && !(value instanceof java.util.Map) && pattern.matcher(value.toString()).find();
    }

    /** Matches an address in any of the ranges; the address is read once, whatever the number of ranges. */
    static ValueTest cidr(IpRange[] ranges) {
        return value -> {
            if (!(value instanceof String s)) {
                return false;
            }
            byte[] address = IpRange.address(s);
            if (address == null) {
                return false;
            }
            for (IpRange range : ranges) {
                if (range.contains(address)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static boolean isWhole(Number n) {
        return !(n instanceof Double || n instanceof Float) || n.doubleValue() == Math.rint(n.doubleValue());
    }

    private static double numeric(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s && !s.isEmpty() && s.length() < 40 && looksNumeric(s)) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static boolean looksNumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && "+-.eE".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
