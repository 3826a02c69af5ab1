package dev.nightshift.detection;

import static dev.nightshift.detection.Fixtures.fires;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTest {

    private static final String SEARCHES = """
            a:
              A: 1
            b:
              B: 1
            c:
              C: 1
            sel_x:
              X: 1
            sel_y:
              Y: 1
            _hidden:
              H: 1
            """;

    private static boolean eval(String condition, Map<String, Object> fields) {
        return fires(SEARCHES + "condition: " + condition, fields);
    }

    @Test
    void andBindsTighterThanOr() {
        assertThat(eval("a or b and c", Map.of("A", 1))).isTrue();
        assertThat(eval("(a or b) and c", Map.of("A", 1))).isFalse();
        assertThat(eval("a and b or c", Map.of("C", 1))).isTrue();
    }

    @Test
    void notBindsTighterThanAnd() {
        assertThat(eval("not a and b", Map.of("B", 1))).isTrue();
        assertThat(eval("not a and b", Map.of("A", 1, "B", 1))).isFalse();
        assertThat(eval("not (a and b)", Map.of("A", 1))).isTrue();
        assertThat(eval("not not a", Map.of("A", 1))).isTrue();
    }

    @Test
    void keywordsAreCaseInsensitive() {
        assertThat(eval("a AND NOT b", Map.of("A", 1))).isTrue();
    }

    @Test
    void oneOfAndAllOfPatterns() {
        assertThat(eval("1 of sel_*", Map.of("Y", 1))).isTrue();
        assertThat(eval("all of sel_*", Map.of("Y", 1))).isFalse();
        assertThat(eval("all of sel_*", Map.of("X", 1, "Y", 1))).isTrue();
        assertThat(eval("a and not 1 of sel_*", Map.of("A", 1, "X", 1))).isFalse();
    }

    @Test
    void themCoversEveryIdentifierExceptUnderscored() {
        assertThat(eval("1 of them", Map.of("C", 1))).isTrue();
        assertThat(eval("1 of them", Map.of("H", 1))).isFalse();
        assertThat(eval("all of them", Map.of("A", 1, "B", 1, "C", 1, "X", 1, "Y", 1))).isTrue();
        assertThat(eval("all of them", Map.of("A", 1, "B", 1, "C", 1, "X", 1))).isFalse();
    }

    @Test
    void conditionListIsOr() {
        String rule = SEARCHES + "condition:\n  - a and b\n  - c";
        assertThat(fires(rule, Map.of("C", 1))).isTrue();
        assertThat(fires(rule, Map.of("A", 1, "B", 1))).isTrue();
        assertThat(fires(rule, Map.of("A", 1))).isFalse();
    }

    @Test
    void realRuleShapeWithNestedParentheses() {
        String condition = "a and (all of sel_* or b) and not 1 of _hid*";
        assertThat(eval(condition, Map.of("A", 1, "X", 1, "Y", 1))).isTrue();
        assertThat(eval(condition, Map.of("A", 1, "X", 1))).isFalse();
        assertThat(eval(condition, Map.of("A", 1, "B", 1))).isTrue();
        assertThat(eval(condition, Map.of("A", 1, "B", 1, "H", 1))).isFalse();
    }
}
