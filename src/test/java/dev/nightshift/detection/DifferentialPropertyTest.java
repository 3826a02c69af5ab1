package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.telemetry.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The compiled matchers, literal index included, agree with a plain reference interpreter of the same random rules
 * on random events: every value becomes a regular expression, matched against the field as the Sigma specification
 * says, and the condition is evaluated as a tree.
 */
class DifferentialPropertyTest {

    private static final List<String> FIELDS = List.of("CommandLine", "Image", "User");
    private static final List<String> MODIFIERS = List.of("", "|contains", "|startswith", "|endswith",
            "|contains|all", "|cased");

    record Entry(String field, String modifier, List<String> values) {
    }

    record Rule(List<List<Entry>> selections, String condition) {
    }

    @Property(tries = 300)
    void compiledMatchersAgreeWithTheReferenceInterpreter(@ForAll("rules") Rule rule,
                                                          @ForAll("events") List<Map<String, Object>> events) {
        RulePack pack = RulePack.parse(List.of(new SigmaSource("random.yml", yaml(rule))));
        assertThat(pack.errors()).extracting(RuleError::format).isEmpty();
        DetectionEngine engine = new DetectionEngine(pack);
        for (int i = 0; i < events.size(); i++) {
            Event event = Fixtures.event(Fixtures.PROCESS, i, events.get(i));
            boolean expected = condition(rule.condition(), rule, events.get(i));
            assertThat(!engine.process(event).isEmpty()).as("%s on %s", yaml(rule), events.get(i)).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<Rule> rules() {
        Arbitrary<String> value = Arbitraries.strings().withChars("abAB*?\\ -.").ofMinLength(1).ofMaxLength(6);
        Arbitrary<Entry> entry = Combinators.combine(Arbitraries.of(FIELDS), Arbitraries.of(MODIFIERS),
                value.list().ofMinSize(1).ofMaxSize(3)).as(Entry::new);
        Arbitrary<List<Entry>> selection = entry.list().ofMinSize(1).ofMaxSize(2)
                .filter(entries -> entries.stream().map(Entry::field).distinct().count() == entries.size());
        return selection.list().ofMinSize(1).ofMaxSize(3).flatMap(selections ->
                condition(selections.size(), 2).map(condition -> new Rule(selections, condition)));
    }

    private static Arbitrary<String> condition(int selections, int depth) {
        Arbitrary<String> leaf = Arbitraries.integers().between(0, selections - 1).map(i -> "s" + i);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> inner = condition(selections, depth - 1);
        return Arbitraries.oneOf(leaf, inner.map(c -> "not " + c),
                Combinators.combine(inner, inner).as((a, b) -> "(" + a + " and " + b + ")"),
                Combinators.combine(inner, inner).as((a, b) -> "(" + a + " or " + b + ")"));
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> events() {
        Arbitrary<String> text = Arbitraries.strings().withChars("abAB *?\\-.").ofMinLength(0).ofMaxLength(8);
        Arbitrary<Map<String, Object>> event = Combinators.combine(text.injectNull(0.2), text.injectNull(0.2),
                text.injectNull(0.2)).as((a, b, c) -> {
                    Map<String, Object> fields = new LinkedHashMap<>();
                    String[] values = {a, b, c};
                    for (int i = 0; i < FIELDS.size(); i++) {
                        if (values[i] != null) {
                            fields.put(FIELDS.get(i), values[i]);
                        }
                    }
                    return fields;
                });
        return event.list().ofMinSize(1).ofMaxSize(8);
    }

    private static String yaml(Rule rule) {
        StringBuilder yaml = new StringBuilder("title: random\nlogsource: {product: windows, category: process_creation}\n"
                + "detection:\n");
        for (int i = 0; i < rule.selections().size(); i++) {
            yaml.append("  s").append(i).append(":\n");
            for (Entry entry : rule.selections().get(i)) {
                yaml.append("    '").append(entry.field()).append(entry.modifier()).append("':\n");
                for (String value : entry.values()) {
                    yaml.append("      - '").append(value).append("'\n");
                }
            }
        }
        return yaml.append("  condition: ").append(rule.condition()).append('\n').toString();
    }

    /** The reference: a tiny recursive-descent evaluator over the generated condition's grammar. */
    private static boolean condition(String text, Rule rule, Map<String, Object> event) {
        List<String> tokens = new ArrayList<>(List.of(text.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")));
        return or(tokens, rule, event);
    }

    private static boolean or(List<String> tokens, Rule rule, Map<String, Object> event) {
        boolean result = and(tokens, rule, event);
        while (!tokens.isEmpty() && tokens.get(0).equals("or")) {
            tokens.remove(0);
            result |= and(tokens, rule, event);
        }
        return result;
    }

    private static boolean and(List<String> tokens, Rule rule, Map<String, Object> event) {
        boolean result = unary(tokens, rule, event);
        while (!tokens.isEmpty() && tokens.get(0).equals("and")) {
            tokens.remove(0);
            result &= unary(tokens, rule, event);
        }
        return result;
    }

    private static boolean unary(List<String> tokens, Rule rule, Map<String, Object> event) {
        String token = tokens.remove(0);
        if (token.equals("not")) {
            return !unary(tokens, rule, event);
        }
        if (token.equals("(")) {
            boolean inner = or(tokens, rule, event);
            tokens.remove(0);
            return inner;
        }
        return selection(rule.selections().get(Integer.parseInt(token.substring(1))), event);
    }

    private static boolean selection(List<Entry> entries, Map<String, Object> event) {
        for (Entry entry : entries) {
            Object value = event.get(entry.field());
            if (value == null) {
                return false;
            }
            boolean all = entry.modifier().endsWith("|all");
            boolean any = false;
            boolean every = true;
            for (String written : entry.values()) {
                boolean match = regex(written, entry.modifier()).matcher(value.toString()).matches();
                any |= match;
                every &= match;
            }
            if (!(all ? every : any)) {
                return false;
            }
        }
        return true;
    }

    private static Pattern regex(String value, String modifier) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && "*?\\".indexOf(value.charAt(i + 1)) >= 0) {
                regex.append(Pattern.quote(String.valueOf(value.charAt(++i))));
            } else if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        String body = regex.toString();
        if (modifier.startsWith("|contains")) {
            body = ".*" + body + ".*";
        } else if (modifier.equals("|startswith")) {
            body = body + ".*";
        } else if (modifier.equals("|endswith")) {
            body = ".*" + body;
        }
        int flags = Pattern.DOTALL | (modifier.equals("|cased") ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return Pattern.compile(body, flags);
    }
}
