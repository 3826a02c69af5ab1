package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.nightshift.telemetry.Event;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Rules whose {@code re} values nest quantifiers ({@code (a+)+$}, {@code ((a|aa)*)*b}, {@code (.*a){12}}), the shapes
 * that take exponential time on a backtracking engine, load and judge a long field within a fixed time; any that the
 * linear engine refuses is a positioned error about the regular expression, never a hang.
 */
class HostileRegexPropertyTest {

    private static final Duration BUDGET = Duration.ofSeconds(2);
    private static final List<Event> LONG_FIELDS = List.of(
            Fixtures.event(Map.of("CommandLine", "a".repeat(10_000) + "!")),
            Fixtures.event(Map.of("CommandLine", "ab".repeat(5_000))),
            Fixtures.event(Map.of("CommandLine", "-".repeat(4_000) + "a".repeat(6_000))));

    @Property(tries = 150)
    void nestedQuantifiersLoadAndMatchWithinTheBudget(@ForAll("regexes") String regex) {
        matches(regex);
    }

    @Example
    void theShapesThatHangABacktrackingEngineAnswerCorrectly() {
        assertThat(matches("(a+)+$")).containsExactly(false, false, true);
        assertThat(matches("((a|aa)*)*b")).containsExactly(false, true, false);
        assertThat(matches("(.*a){12}!")).containsExactly(true, false, false);
        assertThat(matches("^(\\w+\\s?)*$")).containsExactly(false, true, false);
        assertThat(matches("(a|a)*(a|a)*-$")).containsExactly(false, false, false);
    }

    /** Which of the long fields the rule matches, each answered within the budget; a refused rule matches none. */
    private static List<Boolean> matches(String regex) {
        String rule = "title: hostile\nid: hostile\nlogsource: {product: windows, category: process_creation}\n"
                + "detection:\n  sel:\n    CommandLine|re: '" + regex + "'\n  condition: sel\n";
        return assertTimeoutPreemptively(BUDGET, () -> {
            RulePack pack = RulePack.parse(List.of(new SigmaSource("hostile.yml", rule)));
            assertThat(pack.errors()).extracting(RuleError::format)
                    .allMatch(e -> e.startsWith("hostile.yml:6:") && e.contains("regular expression"));
            DetectionEngine engine = new DetectionEngine(pack);
            return LONG_FIELDS.stream().map(event -> !engine.process(event).isEmpty()).toList();
        });
    }

    @Provide
    Arbitrary<String> regexes() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(24)
                .map(HostileRegexPropertyTest::build);
    }

    /**
     * Builds an expression from random choices as a stack machine: push an atom (now and then one the linear engine
     * refuses), wrap the top in a quantified group, join the top two in sequence or as alternatives; what is left is
     * joined, anchored or not, and given an end that the long fields may or may not have.
     */
    static String build(List<Integer> choices) {
        String[] atoms = {"a", "aa", ".", "[ab]", "\\w", "a?", "(?:a|b)", "-", ".*"};
        String[] refused = {"\\1", "(?=a)", "a++", "(?<!b)"};
        String[] quantifiers = {"*", "+", "?", "{2,}", "{1,12}", "*?", "+?", "{3}"};
        String[] ends = {"$", "b", "!", ""};
        Deque<String> stack = new ArrayDeque<>();
        for (int choice : choices) {
            int pick = choice / 8;
            int operation = stack.isEmpty() ? 0 : choice % 8;
            if (operation >= 5 && stack.size() < 2) {
                operation = 0;
            }
            switch (operation) {
                case 0, 1 -> stack.push(pick % 40 == 0 ? refused[pick % refused.length] : atoms[pick % atoms.length]);
                case 2, 3, 4 -> stack.push((pick % 2 == 0 ? "(" : "(?:") + stack.pop() + ")"
                        + quantifiers[pick % quantifiers.length]);
                case 5, 6 -> stack.push(stack.pop() + stack.pop());
                default -> stack.push("(" + stack.pop() + "|" + stack.pop() + ")" + quantifiers[pick % 3]);
            }
        }
        List<String> parts = new ArrayList<>(stack);
        Collections.reverse(parts);
        int last = choices.get(choices.size() - 1);
        return (last % 2 == 0 ? "^" : "") + String.join("", parts) + ends[last % ends.length];
    }
}
