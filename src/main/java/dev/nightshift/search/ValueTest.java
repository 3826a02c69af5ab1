package dev.nightshift.search;

import dev.nightshift.detection.Wildcard;

/**
 * The test a comparison or a word puts to one value's text: a wildcard ({@code *} any run, ignoring case) in one
 * pass over the text, or a numeric comparison.
 */
interface ValueTest {

    boolean test(String text);

    static ValueTest of(Expr.Compare c) {
        if (c.op().numeric()) {
            double bound = Values.parse(c.value());
            Expr.Op op = c.op();
            return text -> {
                double n = Values.parse(text);
                return !Double.isNaN(n) && op.holds(n, bound);
            };
        }
        Wildcard w = Wildcard.of(c.value());
        return w::matches;
    }

    static ValueTest of(Expr.Text t) {
        Wildcard w = Wildcard.of("*" + t.value() + "*");
        return w::matches;
    }
}
