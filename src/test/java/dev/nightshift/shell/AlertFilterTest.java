package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.game.CaseAlert;
import dev.nightshift.game.Role;
import dev.nightshift.game.Shift;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.scoring.Verdict;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The queue's filters and orders, on the tutorial (seed 7) two hours in; the colour rule; rows that fit. */
class AlertFilterTest {

    private static Shift shift;

    @BeforeAll
    static void play() throws Exception {
        shift = Shift.open(ScenarioLibrary.bundled().load("tutorial-brute-force"), Role.ANALYST, 7);
        shift.waitFor(Duration.ofMinutes(100));
        shift.triage("A-001", Verdict.TRUE_POSITIVE, List.of(), null);
    }

    private static List<String> ids(String state, String rule, String severity, String sort) {
        return AlertFilter.of(state, rule, severity, sort)
                .apply(shift.alerts().stream().map(dev.nightshift.game.QueueView.Row::of).toList()).stream()
                .map(dev.nightshift.game.QueueView.Row::id).toList();
    }

    @Test
    void filtersByStateRuleAndSeverityAndSorts() {
        List<String> all = shift.alerts().stream().map(CaseAlert::id).toList();
        assertThat(all).hasSizeGreaterThan(2);
        assertThat(ids(null, null, null, null)).isEqualTo(all);
        assertThat(ids("closed", null, null, null)).containsExactly("A-001");
        assertThat(ids("open", null, null, null)).doesNotContain("A-001").hasSize(all.size() - 1);
        assertThat(ids(null, null, "high", null)).containsExactly("A-002");
        assertThat(ids(null, "successful network", null, null)).containsExactly("A-002");
        List<String> newestFirst = new java.util.ArrayList<>(all);
        java.util.Collections.reverse(newestFirst);
        assertThat(ids(null, null, null, "newest")).containsExactlyElementsOf(newestFirst);
        assertThat(ids(null, null, null, "severity").get(0)).isEqualTo("A-002");
        assertThat(AlertFilter.of("open", null, "high,medium", null).describe(1, 4))
                .isEqualTo("1 of 4 alert(s) with state open, severity high,medium, oldest first");
    }

    @Test
    void badValuesAreRefusedWithTheValuesThatWould() {
        assertThatThrownBy(() -> AlertFilter.of("opne", null, null, null)).isInstanceOf(BadInputException.class)
                .hasMessage("--state opne is not one of open, new, closed, escalated; give one or several, comma-separated");
        assertThatThrownBy(() -> AlertFilter.of(null, null, "hgih", null)).hasMessageContaining("--severity hgih");
        assertThatThrownBy(() -> AlertFilter.of(null, null, null, "oldest"))
                .hasMessage("--sort oldest is not an order; use one of age, newest, severity, count, rule");
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColour() {
        assertThat(TerminalStyle.decide(null, "xterm-256color", true)).isTrue();
        assertThat(TerminalStyle.decide("", "xterm-256color", true)).as("NO_COLOR set, even empty").isFalse();
        assertThat(TerminalStyle.decide(null, "dumb", true)).isFalse();
        assertThat(TerminalStyle.decide(null, "xterm", false)).as("piped or redirected").isFalse();
    }

    @Test
    void rowsFitTheTerminalWidth() {
        for (int width : new int[] {80, 100, 160}) {
            TerminalStyle.terminal(() -> width);
            try {
                assertThat(("  " + Render.alertHeader()).length()).as("header at %d", width).isLessThanOrEqualTo(width);
                for (CaseAlert a : shift.alerts()) {
                    assertThat(("  " + Render.alertRow(a)).length()).as("%s at %d", a.id(), width)
                            .isLessThanOrEqualTo(width);
                }
            } finally {
                TerminalStyle.terminal(() -> 0);
            }
        }
        assertThat(TerminalStyle.width()).as("unknown: 100, or COLUMNS").isEqualTo(
                System.getenv("COLUMNS") != null && System.getenv("COLUMNS").matches("\\d{2,4}")
                        ? Math.max(80, Integer.parseInt(System.getenv("COLUMNS"))) : 100);
    }
}
