package dev.nightshift.detection;

import static dev.nightshift.detection.Fixtures.errors;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleErrorTest {

    private static final String HEAD = "title: t\nlogsource: {product: windows}\n";

    @Test
    void yamlSyntaxErrorAtSnakeYamlProblemMark() {
        assertThat(errors("title: t\ndetection:\n  sel: [a, b\n  condition: sel\n")).singleElement().asString()
                .startsWith("bad.yml:4:").contains("YAML syntax error");
        assertThat(errors("title: t\n  bad: indent\n")).containsExactly(
                "bad.yml:2:6: YAML syntax error: mapping values are not allowed here");
    }

    @Test
    void missingDetectionAndCondition() {
        assertThat(errors("title: t\nlogsource: {product: windows}\n"))
                .containsExactly("bad.yml:1:1: the rule has no 'detection' (nor a 'correlation')");
        assertThat(errors(HEAD + "detection:\n  sel: {a: 1}\n"))
                .containsExactly("bad.yml:4:3: the detection has no 'condition'");
        assertThat(errors("logsource: {product: windows}\ndetection:\n  sel: {a: 1}\n  condition: sel\n"))
                .containsExactly("bad.yml:1:1: the rule has no 'title'");
    }

    @Test
    void undefinedIdentifierInCondition() {
        assertThat(errors(HEAD + "detection:\n  sel: {a: 1}\n  condition: sel and not filter\n"))
                .containsExactly("bad.yml:5:26: the condition names 'filter', which the detection does not define");
        assertThat(errors(HEAD + "detection:\n  sel: {a: 1}\n  condition: 'sel or 1 of filter_*'\n"))
                .containsExactly("bad.yml:5:27: 'filter_*' matches no search identifier of the detection");
        assertThat(errors(HEAD + "detection:\n  sel: {a: 1}\n  condition: sel and (sel\n"))
                .containsExactly("bad.yml:5:25: the condition ends where ')' is expected");
    }

    @Test
    void unknownModifierAtTheModifier() {
        assertThat(errors(HEAD + "detection:\n  sel:\n    CommandLine|contians: x\n  condition: sel\n"))
                .containsExactly("bad.yml:5:17: unknown modifier 'contians'");
        assertThat(errors(HEAD + "detection:\n  sel:\n    'CommandLine|contains|startswith': x\n  condition: sel\n"))
                .containsExactly("bad.yml:5:27: modifier 'startswith' cannot be combined with 'contains'");
    }

    @Test
    void invalidRegexAtTheValue() {
        assertThat(errors(HEAD + "detection:\n  sel:\n    CommandLine|re:\n      - 'ok'\n      - '(unclosed'\n"
                + "  condition: sel\n")).containsExactly(
                "bad.yml:7:10: invalid regular expression: missing closing ) at '(unclosed'");
        assertThat(errors(regex("'a{1001}'"))).containsExactly("bad.yml:5:23: invalid regular expression: invalid "
                + "repeat count at '{1001}'");
    }

    @Test
    void regexConstructsTheLinearEngineCannotTakeAreNamedWhereTheyStand() {
        String advice = ", which the linear-time engine rules run on (RE2) cannot take; rewrite it without lookaround, "
                + "back-references or possessive quantifiers, for example as a second selection combined with 'not'";
        assertThat(errors(regex("'(a)\\1'"))).containsExactly(
                "bad.yml:5:25: the regular expression uses a back-reference '\\1'" + advice);
        assertThat(errors(regex("'x(?=y)'"))).containsExactly(
                "bad.yml:5:23: the regular expression uses a lookahead '(?='" + advice);
        assertThat(errors(regex("'^(?!admin).*'"))).containsExactly(
                "bad.yml:5:23: the regular expression uses a negative lookahead '(?!'" + advice);
        assertThat(errors(regex("'(?<=\\\\)evil'"))).containsExactly(
                "bad.yml:5:22: the regular expression uses a lookbehind '(?<='" + advice);
        assertThat(errors(regex("'[a-z]++x'"))).containsExactly(
                "bad.yml:5:27: the regular expression uses a possessive quantifier '++'" + advice);
        assertThat(errors(regex("'(?>ab|a)c'"))).containsExactly(
                "bad.yml:5:22: the regular expression uses an atomic group '(?>'" + advice);
        assertThat(errors(regex("'(?<name>a)\\k<name>'"))).singleElement().asString()
                .startsWith("bad.yml:5:32: the regular expression uses a named back-reference '\\k'");
        assertThat(errors(regex("\"(?<=x)y\""))).singleElement().asString()
                .startsWith("bad.yml:5:22: the regular expression uses a lookbehind");
        assertThat(errors(regex("\"\\\\\\\\(?<=x)\""))).singleElement().asString()
                .startsWith("bad.yml:5:21: the regular expression uses a lookbehind");
    }

    @Test
    void regexThatSpellsOutTooLargeOrNestsTooDeepIsRefused() {
        assertThat(errors(regex("'(a{1000}){1000}'"))).containsExactly("bad.yml:5:21: the regular expression spells "
                + "out to 1,003,001 steps, more than the 2000 allowed; use smaller repeat counts or fewer nested "
                + "repetitions");
        assertThat(errors(regex("'((a{1000}){1000}){1000}'"))).singleElement().asString()
                .startsWith("bad.yml:5:21: the regular expression spells out to 1,003,001 steps");
        assertThat(errors(regex("'" + "(".repeat(5000) + "a" + ")".repeat(5000) + "'"))).containsExactly(
                "bad.yml:5:122: the regular expression nests groups more than 100 deep; flatten it");
        assertThat(errors(regex("'.{1000,}'"))).isEmpty();
        assertThat(errors(regex("'(?i)(?P<verb>get|set)-(?:item|child){1,3}[[:alpha:]]\\p{L}\\x{41}\\Qa.b\\E'")))
                .isEmpty();
    }

    private static String regex(String value) {
        return HEAD + "detection:\n  sel:\n    CommandLine|re: " + value + "\n  condition: sel\n";
    }

    @Test
    void malformedCorrelations() {
        String base = "title: base\nid: base-1\nlogsource: {product: windows}\ndetection:\n  sel: {a: 1}\n"
                + "  condition: sel\n---\ntitle: corr\ncorrelation:\n";
        assertThat(errors(base + "  type: event_total\n  rules: [base-1]\n  timespan: 5m\n  condition: {gte: 2}\n"))
                .containsExactly("bad.yml:10:9: unknown correlation type 'event_total'; expected event_count, "
                        + "value_count, temporal, temporal_ordered, value_sum, value_avg, value_percentile or "
                        + "impossible_travel");
        assertThat(errors(base + "  type: event_count\n  rules: [base-1]\n  condition: {gte: 2}\n"))
                .containsExactly("bad.yml:10:3: the correlation has no 'timespan'");
        assertThat(errors(base + "  type: event_count\n  rules: [base-1]\n  timespan: 5 minutes\n  condition: {gte: 2}\n"))
                .containsExactly("bad.yml:12:13: 'timespan' must be a positive number followed by s, m, h or d, such as 5m");
        assertThat(errors(base + "  type: event_count\n  rules: [base-1]\n  timespan: 5m\n  condition: {more: 2}\n"))
                .containsExactly("bad.yml:13:15: unknown condition 'more'; expected gt, gte, lt, lte or eq");
        assertThat(errors(base + "  type: event_count\n  rules: [base-1, nope]\n  timespan: 5m\n  condition: {gte: 2}\n"))
                .containsExactly("bad.yml:11:19: the correlation references rule 'nope', which is not in the rule "
                        + "pack (or did not load)");
        assertThat(errors(base + "  type: value_count\n  rules: [base-1]\n  timespan: 5m\n  condition: {gte: 2}\n"))
                .containsExactly("bad.yml:13:14: a value_count condition needs a 'field'");
    }

    @Test
    void everyErrorOfEveryFileIsCollected() {
        RulePack pack = RulePack.parse(List.of(
                new SigmaSource("one.yml", HEAD + "detection:\n  sel: {a|nope: 1}\n  condition: sel\n---\n"
                        + HEAD + "detection:\n  sel: {a: 1}\n  condition: other\n"),
                new SigmaSource("two.yml", "title: [unclosed\n"),
                new SigmaSource("three.yml", HEAD + "detection:\n  sel: {a: 1}\n  condition: sel\n")));
        assertThat(pack.errors()).extracting(RuleError::file).containsExactly("one.yml", "one.yml", "two.yml");
        assertThat(pack.errors().get(0).format()).isEqualTo("one.yml:4:11: unknown modifier 'nope'");
        assertThat(pack.errors().get(1).format())
                .isEqualTo("one.yml:11:14: the condition names 'other', which the detection does not define");
        assertThat(pack.rules()).extracting(SigmaRule::file).containsExactly("three.yml");
    }
}
