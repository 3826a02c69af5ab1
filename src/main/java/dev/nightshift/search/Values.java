package dev.nightshift.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

/** How values read, compare and count as numbers in pipe commands: numbers as numbers, the rest as text. */
public final class Values {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /** Numbers before text, numbers by value, text ignoring case (then by case), absent values last. */
    static final Comparator<Object> ORDER = Values::compare;

    private Values() {
    }

    /** A value as a table cell shows it: a time in UTC, a whole number without decimals, a list joined by commas. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant t) {
            return TIME.format(t);
        }
        if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return String.format(java.util.Locale.ROOT, "%.2f", d);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Values::text).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /** The value as a number, or NaN when it is not one. */
    static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            return parse(s);
        }
        return Double.NaN;
    }

    /** A decimal number ({@code 42}, {@code -1.5}), or NaN: no hex, no exponents, no spaces. */
    static double parse(String s) {
        int n = s.length();
        if (n == 0 || n > 40) {
            return Double.NaN;
        }
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        boolean digits = false;
        boolean dot = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return Double.NaN;
            }
        }
        return digits ? Double.parseDouble(s) : Double.NaN;
    }

    static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Instant x && b instanceof Instant y) {
            return x.compareTo(y);
        }
        double x = number(a);
        double y = number(b);
        if (!Double.isNaN(x) || !Double.isNaN(y)) {
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Double.isNaN(x) ? 1 : -1;
            }
            return Double.compare(x, y);
        }
        String s = text(a);
        String t = text(b);
        int c = s.compareToIgnoreCase(t);
        return c != 0 ? c : s.compareTo(t);
    }
}
