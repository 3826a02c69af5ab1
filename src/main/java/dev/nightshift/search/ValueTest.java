package dev.nightshift.search;

import dev.nightshift.detection.Wildcard;

/**
 * The test a comparison or a word puts to one value's text: a wildcard ({@code *} any run, ignoring case) in one
 * pass over the text, or a numeric comparison.
 */
interface ValueTest {

    boolean test(String text);

    /** The wildcard pattern the text must match, or null for a numeric comparison. */
    default String pattern() {
        return null;
    }

    /** The {@link StringIds#signature} bits a text must hold to pass (0: no such shortcut). */
    default long required() {
        return 0;
    }

    static ValueTest of(Expr.Compare c) {
        if (c.op().numeric()) {
            double bound = Values.parse(c.value());
            Expr.Op op = c.op();
            return text -> {
                double n = Values.parse(text);
                return !Double.isNaN(n) && op.holds(n, bound);
            };
        }
        return wildcard(c.value());
    }

    static ValueTest of(Expr.Text t) {
        return wildcard("*" + t.value() + "*");
    }

    private static ValueTest wildcard(String pattern) {
        Wildcard w = Wildcard.of(pattern);
        QuickMatch quick = QuickMatch.of(pattern);
        long required = StringIds.required(pattern);
        return new ValueTest() {
            @Override
            public boolean test(String text) {
                return quick.mayMatch(text) && w.matches(text);
            }

            @Override
            public String pattern() {
                return pattern;
            }

            @Override
            public long required() {
                return required;
            }
        };
    }
}
