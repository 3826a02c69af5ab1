package dev.nightshift.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.engineer.ChangeWindows;
import dev.nightshift.result.ResultFile;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.store.SessionStore;
import dev.nightshift.store.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result file of a real session: the journal replayed with simulated and wall times, the debrief of the end. */
class ResultsTest {

    /** The tutorial's scripted shift as a result file: other tests (signing, reports) read it as a real result. */
    static final Path GOLDEN = Path.of("src/test/resources/result/tutorial-analyst.result.json");

    @TempDir
    Path home;

    private final long[] wall = {1_785_000_000_000L};

    private SessionStore store() {
        return new SessionStore(TestDatabases.homeFile(home));
    }

    private Sessions sessions(SessionStore store) {
        return new Sessions(store, ScenarioLibrary.bundled(), () -> wall[0] += 7_000);
    }

    @Test
    void theScriptedShiftsResultIsItsJournalReplayedWithEveryTime() throws Exception {
        SessionStore store = store();
        Sessions sessions = sessions(store);
        ScriptedShift script = ScriptedShift.analyst();
        script.steps().get(0).run(sessions, null);
        for (int i = 1; i < script.steps().size() - 1; i++) {
            script.steps().get(i).run(sessions, null);
        }
        assertThatThrownBy(() -> sessions.result(null)).isInstanceOf(GameException.class)
                .hasMessage("session S-0001 is still running, and its result and reports exist only once the shift has"
                        + " ended; type 'end' to finish it");
        script.steps().get(script.steps().size() - 1).run(sessions, null);

        ResultFile result = sessions.result("s-0001");
        if (Boolean.getBoolean("nightshift.updateGolden")) {
            Files.writeString(GOLDEN, result.toJson(), StandardCharsets.UTF_8);
        }
        assertThat(result.toJson()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        assertThat(result.actions()).hasSize(script.steps().size() - 1);
        ResultFile.Step first = result.actions().get(0);
        assertThat(first.verb()).isEqualTo("next");
        assertThat(first.simTime()).isEqualTo("2026-03-10T08:30:00Z");
        assertThat(first.simTimeAfter()).as("next ran to the spray's first alert").isEqualTo("2026-03-10T09:08:51.465Z");
        assertThat(first.wallTime()).as("journaled at the wall clock's millisecond").isEqualTo("2026-07-25T17:20:07Z");
        assertThat(result.actions().get(1).simTimeAfter()).as("reading an alert costs a minute")
                .isEqualTo("2026-03-10T09:09:51.465Z");
        assertThat(result.debrief().alerts()).extracting(ResultFile.Alert::verdict)
                .containsExactly("true-positive", "true-positive", "benign", "false-positive");
        assertThat(result.debrief().alerts().get(0).closedAt()).isEqualTo(result.actions().get(3).simTimeAfter());
        assertThat(result.debrief().stages()).extracting(ResultFile.Stage::status)
                .containsExactly("DONE", "DONE", "STOPPED");
        assertThat(result.card()).isEqualTo(sessions.score());
    }

    @Test
    void anEngineersResultHoldsEveryChangeWithItsWallTimeOnceDeployed() {
        SessionStore store = store();
        ChangeWindows windows = new ChangeWindows(store, ScenarioLibrary.bundled());
        ScriptedShift script = ScriptedShift.engineer();
        for (int i = 0; i < script.steps().size() - 1; i++) {
            script.steps().get(i).run(null, windows);
        }
        assertThatThrownBy(() -> windows.result(null)).isInstanceOf(GameException.class)
                .hasMessageContaining("is still open, and its result and reports exist only once it is deployed");
        script.steps().get(script.steps().size() - 1).run(null, windows);

        ResultFile result = windows.result(null);
        assertThat(result.role()).isEqualTo("engineer");
        assertThat(result.debrief()).isNull();
        assertThat(result.actions()).extracting(ResultFile.Step::verb)
                .containsExactly("search", "tune", "tune", "edit", "deploy");
        assertThat(result.actions()).allSatisfy(s -> {
            assertThat(s.simTime()).as("a change window has no clock").isNull();
            assertThat(s.wallTime()).isNotNull();
        });
        assertThat(result.engineerCard()).isEqualTo(windows.score());
        String html = dev.nightshift.report.Reports.render(result, dev.nightshift.report.Reports.Format.HTML);
        assertThat(html).contains("<table id=\"components\">", "held-out week").doesNotContain("chart-");
        assertThat(dev.nightshift.report.Reports.render(result, dev.nightshift.report.Reports.Format.MD))
                .contains("**Total: " + result.total() + " / 100**", "| 5 |  | ");
    }
}
