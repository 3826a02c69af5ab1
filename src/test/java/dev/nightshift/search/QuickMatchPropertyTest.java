package dev.nightshift.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.detection.Wildcard;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The quick test never turns away a text the wildcard matches (it may pass texts the wildcard then refuses), over
 * patterns and texts drawn from letters of both cases, characters whose case folds onto ASCII letters (the Kelvin
 * sign, the dotless i, the long s), surrogate pairs and lone halves.
 */
class QuickMatchPropertyTest {

    private static final String CHARS = "aAbBkKsSiI*-.\\ \u212a\u0131\u0130\u017f\u00e9\u00c9\ud83d\ude00\ud83d";

    @Property(tries = 20000)
    void neverRefusesAMatch(@ForAll("cases") String[] c) {
        String pattern = c[0];
        String text = c[1];
        boolean matches = Wildcard.of(pattern).matches(text);
        if (matches) {
            assertThat(QuickMatch.of(pattern).mayMatch(text)).as("%s on %s", pattern, text).isTrue();
        }
        assertThat(ValueTest.of(new Expr.Compare("f", Expr.Op.EQ, pattern)).test(text)).isEqualTo(matches);
    }

    @Provide
    Arbitrary<String[]> cases() {
        Arbitrary<String> pattern = Arbitraries.strings().withChars(CHARS).ofMaxLength(6);
        Arbitrary<String> text = Arbitraries.strings().withChars(CHARS.replace("*", "")).ofMaxLength(12);
        Arbitrary<String[]> random = Combinators.combine(pattern, text).as((p, t) -> new String[] {p, t});
        Arbitrary<String[]> planted = Combinators.combine(pattern, text, text).as((p, a, b) ->
                new String[] {p, a + p.replace("*", "") + b});
        return Arbitraries.oneOf(random, planted);
    }
}
