package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The literals the index takes from a regular expression are needed by every match: whenever RE2 finds the
 * expression in a text, the folded text holds one of them. Expressions are built from literals (ASCII, control and
 * non-ASCII characters, escapes), classes, dots, anchors, groups, alternations and every quantifier; texts are built
 * from the same pieces so that matches are common.
 */
class RegexLiteralsPropertyTest {

    private static final String[] ATOMS = {"a", "B", "c", "k", "\\.", "\\\\", "\\n", "\\t", "\u00e9", "\u0410", "\u212a",
        ":", "-", " ", "[a-c]", "[^x]", ".", "\\d", "\\s", "\\w", "^", "$", "\\b", "(?i)", "\ud83d\ude00", "{", "}"};
    private static final String[] QUANTIFIERS = {"", "", "", "?", "*", "+", "{2}", "{0,2}", "{1,}", "*?", "+?"};
    private static final String[] PIECES = {"a", "A", "b", "B", "c", "C", "k", "K", "\u212a", ".", "\\", "\n", "\t",
        "\u00e9", "\u00c9", "\u0410", "\u0430", ":", "-", " ", "1", "x", "\ud83d\ude00", "{", "}"};

    @Property(tries = 3000)
    void everyMatchHoldsOneOfTheLiterals(@ForAll("regexes") String regex, @ForAll("texts") String text) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (com.google.re2j.PatternSyntaxException e) {
            return;
        }
        Set<String> literals = RegexLiterals.of(regex);
        if (literals == null || !pattern.matcher(text).find()) {
            return;
        }
        String folded = fold(text);
        assertThat(literals).as("literals of /%s/ in '%s'", regex, text).anyMatch(folded::contains);
    }

    @Example
    void literalsAreTheStrongestRunOfEachBranch() {
        assertThat(RegexLiterals.of("(?i)echo.*clip.*&&")).containsExactly("echo");
        assertThat(RegexLiterals.of("\\.exe[\"']?\\s+werfaultsecure\\.exe")).containsExactly("werfaultsecure.exe");
        assertThat(RegexLiterals.of("x(?:Clipboard|In`?voke)")).containsExactlyInAnyOrder("clipboard", "voke");
        assertThat(RegexLiterals.of("(?:Clipboard|i`?n`?v`?o`?k`?e`?)")).isNull();
        assertThat(RegexLiterals.of("\\n\\n\\n")).containsExactly("\n\n\n");
        assertThat(RegexLiterals.of("ab?c")).isNull();
        assertThat(RegexLiterals.of("abc|")).isNull();
        assertThat(RegexLiterals.of("(abc)?")).isNull();
        assertThat(RegexLiterals.of("\\x41bc")).isNull();
    }

    @Example
    void rulesOfReValuesFireExactlyAsBeforeTheyWereIndexed() {
        String rule = "sel: {CommandLine|re: '(?i)echo.*clip.*&&'}\ncondition: sel";
        assertThat(Fixtures.fires(rule, Map.of("CommandLine", "cmd /c ECHO x|CLIP&&rem"))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("CommandLine", "cmd /c ech0 x|clip&&rem"))).isFalse();
        String numeric = "sel: {ProcessId|re: '^4\\d{3}$'}\ncondition: sel";
        assertThat(Fixtures.fires(numeric, Map.of("ProcessId", 4123))).isTrue();
        assertThat(Fixtures.fires(numeric, Map.of("ProcessId", List.of(7, 4123)))).isTrue();
        assertThat(Fixtures.fires(numeric, Map.of("ProcessId", 5123))).isFalse();
    }

    @Example
    void rareCharactersAreIndexedAndStillMatchAsTheMatcherSays() {
        String cyrillic = "sel: {CommandLine|contains: ['\u0410', '\u0430']}\ncondition: sel";
        assertThat(Fixtures.fires(cyrillic, Map.of("CommandLine", "powershell -\u0410nc"))).isTrue();
        assertThat(Fixtures.fires(cyrillic, Map.of("CommandLine", "powershell -\u00e9nc"))).isFalse();
        assertThat(Fixtures.fires(cyrillic, Map.of("CommandLine", "powershell -Anc"))).isFalse();
        String control = "sel: {CommandLine|contains: \"\\t\"}\ncondition: sel";
        assertThat(Fixtures.fires(control, Map.of("CommandLine", "cmd\t/c"))).isTrue();
        assertThat(Fixtures.fires(control, Map.of("CommandLine", "cmd /c"))).isFalse();
        String list = "sel: {CommandLine|contains: ['mimikatz', 'sekurlsa', 'kerberos::', 'lsadump']}\ncondition: sel";
        assertThat(Fixtures.fires(list, Map.of("CommandLine", "x SEKURLSA::logonpasswords"))).isTrue();
        assertThat(Fixtures.fires(list, Map.of("CommandLine", "\u212aerberos::golden"))).isTrue();
        assertThat(Fixtures.fires(list, Map.of("CommandLine", List.of(1, "lsadump::sam")))).isTrue();
        assertThat(Fixtures.fires(list, Map.of("CommandLine", "kerberos:"))).isFalse();
    }

    @Example
    void aListOfRangesReadsTheAddressOnceAndMatchesAsEachRangeWould() {
        String rule = "sel: {DestinationIp|cidr: ['10.0.0.0/8', '192.168.0.0/16', 'fe80::/10', '::ffff:1.2.3.0/120']}\n"
                + "condition: sel";
        assertThat(Fixtures.fires(rule, Map.of("DestinationIp", "10.1.2.3"))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("DestinationIp", "192.168.255.1"))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("DestinationIp", "fe80::1%eth0"))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("DestinationIp", "::ffff:1.2.3.4"))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("DestinationIp", "11.1.2.3"))).isFalse();
        assertThat(Fixtures.fires(rule, Map.of("DestinationIp", "10.1.2"))).isFalse();
        assertThat(Fixtures.fires(rule, Map.of("DestinationIp", "10.1.2.256"))).isFalse();
        assertThat(Fixtures.fires(rule, Map.of("DestinationIp", "10.1.2.3.4"))).isFalse();
        assertThat(Fixtures.fires(rule, Map.of("DestinationIp", "fe80::1::2"))).isFalse();
        assertThat(Fixtures.fires(rule, Map.of("DestinationIp", "fe80:0:0:0:0:0:0:0:1"))).isFalse();
        assertThat(Fixtures.fires(rule, Map.of("DestinationIp", "10.1.2.\u0663"))).isFalse();
    }

    private static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append((char) CaseFold.of(text.charAt(i)));
        }
        return folded.toString();
    }

    @Provide
    Arbitrary<String> regexes() {
        return expression(3);
    }

    private Arbitrary<String> expression(int depth) {
        Arbitrary<String> atom = depth == 0 ? Arbitraries.of(ATOMS)
                : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.of(ATOMS)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> expression(depth - 1))
                                .map(inner -> "(" + inner + ")")),
                        net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> expression(depth - 1))
                                .map(inner -> "(?:" + inner + ")")));
        Arbitrary<String> piece = Combinators.combine(atom, Arbitraries.of(QUANTIFIERS)).as(String::concat);
        Arbitrary<String> sequence = piece.list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
        return sequence.list().ofMinSize(1).ofMaxSize(3).map(branches -> String.join("|", branches));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(14).map(parts -> String.join("", parts));
    }
}
