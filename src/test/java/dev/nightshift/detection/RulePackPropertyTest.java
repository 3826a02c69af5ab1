package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RulePackPropertyTest {

    private static final List<String> CONDITION_WORDS = List.of("sel", "filter", "sel*", "and", "or", "not", "(", ")",
            "1", "all", "of", "them", "|", "count()", "x_*", "2");

    private static final List<String> YAML_PIECES = List.of("title: t\n", "id: 1\n", "logsource:\n", "  product: windows\n",
            "detection:\n", "  sel:\n", "    a|contains: x\n", "    b|re: '('\n", "    c|cidr: 10.0.0.0/33\n",
            "  condition: sel\n", "  condition: [sel, nope]\n", "correlation:\n", "  type: event_count\n",
            "  rules: [1]\n", "  timespan: 5m\n", "  condition: {gte: x}\n", "---\n", "- a\n", "  - [\n", ": :\n",
            "&a x\n", "*a\n", "\t\n", "'\n", "    d|base64offset|all: [a, b]\n", "    e|gt: many\n", "  group-by: 3\n");

    @Property(tries = 300)
    void randomConditionsNeverMakeParseThrow(@ForAll("conditions") String condition) {
        String yaml = "title: t\nlogsource: {product: windows}\ndetection:\n  sel: {a: 1}\n  filter: {b: 2}\n"
                + "  condition: '" + condition.replace("'", "''") + "'\n";
        RulePack pack = RulePack.parse(List.of(new SigmaSource("p.yml", yaml)));
        assertThat(pack.rules().size() + pack.errors().size()).isPositive();
    }

    @Property(tries = 500)
    void randomRuleYamlNeverMakesParseThrow(@ForAll("yaml") String yaml) {
        RulePack pack = RulePack.parse(List.of(new SigmaSource("p.yml", yaml)));
        pack.errors().forEach(error -> assertThat(error.format()).startsWith("p.yml:"));
        new DetectionEngine(pack);
    }

    @Property(tries = 200)
    void arbitraryTextNeverMakesParseThrow(@ForAll String text) {
        RulePack.parse(List.of(new SigmaSource("p.yml", text)));
    }

    @Provide
    Arbitrary<String> conditions() {
        return Arbitraries.of(CONDITION_WORDS).list().ofMaxSize(12).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<String> yaml() {
        return Arbitraries.of(YAML_PIECES).list().ofMaxSize(20).map(pieces -> String.join("", pieces));
    }
}
