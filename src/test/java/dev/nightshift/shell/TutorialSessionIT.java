package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole tutorial shift, scripted, through the packaged jar: every line it prints, the score card included, must
 * equal the stored transcript. Then the same session, rebuilt from H2 in fresh processes, shows the same card.
 */
class TutorialSessionIT {

    private static final Path SCRIPT = Path.of("src/test/resources/shell/tutorial-session.txt");
    private static final Path EXPECTED = Path.of("src/test/resources/shell/tutorial-session.expected.txt");

    @TempDir
    Path home;

    @Test
    void scriptedShiftPrintsTheStoredTranscriptAndScore() throws Exception {
        Launch.Result r = Launch.run(home, "script", "--file", SCRIPT.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        if (Boolean.getBoolean("nightshift.updateGolden")) {
            Files.writeString(EXPECTED, r.out(), StandardCharsets.UTF_8);
        }
        assertThat(r.out())
                .as("transcript differs; if the change is intended, rerun with -Dnightshift.updateGolden=true and read the diff")
                .isEqualTo(Files.readString(EXPECTED, StandardCharsets.UTF_8));
        assertThat(r.out()).contains("Total: 95 / 100", "verdict accuracy        5 of 5 alerts right (100.0%)",
                "time to contain         user c.veum (valid-login): 13 min", "T1136.001  create-account    0 alert(s)  not called             stage stopped");
    }

    @Test
    void oneShotCommandsContinueTheSameSessionAcrossProcesses() throws Exception {
        assertThat(Launch.run(home, "start", "--scenario", "tutorial-brute-force", "--role", "analyst", "--seed", "7")
                .exitCode()).isZero();
        Launch.Result next = Launch.run(home, "next");
        assertThat(next.out()).contains("A-001  09:08:51  medium   new       Many Failed Logons From A Single Source");
        assertThat(Launch.run(home, "contain", "user", "c.veum").out()).contains("User c.veum disabled");
        Launch.Result unknown = Launch.run(home, "contain", "host", "NOPE-01");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("error: there is no host NOPE-01 in this organisation"
                + " (host names look like those in the alerts)\n");
        Launch.Result status = Launch.run(home, "status");
        assertThat(status.out()).contains("Session S-0001 (active)", "Clock: 2026-03-10 09:13:51 UTC",
                "Contained: user c.veum");
        Launch.Result end = Launch.run(home, "end");
        assertThat(end.exitCode()).isZero();
        assertThat(end.out()).startsWith("SCORE CARD  tutorial-brute-force  (analyst, seed 7)");
        Launch.Result json = Launch.run(home, "score", "--json");
        assertThat(json.out()).contains("\"scenarioId\" : \"tutorial-brute-force\"");
        Launch.Result again = Launch.run(home, "next");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("has ended");
    }
}
