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
        assertThat(r.out()).contains("Total: 100 / 100",
                "attack alerts           2 of 2 called true-positive after reading them (100.0%)",
                "subject:  user=c.veum src=198.51.100.219    (2 alerts folded, the last at 09:18:44)",
                "time to contain         user c.veum (valid-login): 3 min after its first alert",
                "T1136.001  create-account    0 alert(s)  not called             stage stopped");
    }

    @Test
    void oneShotCommandsContinueTheSameSessionAcrossProcesses() throws Exception {
        assertThat(Launch.run(home, "start", "--scenario", "tutorial-brute-force", "--role", "analyst", "--seed", "7")
                .exitCode()).isZero();
        Launch.Result next = Launch.run(home, "next");
        assertThat(next.out()).contains("A-001  09:08:51  medium   new              Many Failed Logons")
                .contains("IpAddress=198.51.100.219");
        assertThat(Launch.run(home, "contain", "user", "c.veum").out()).contains("User c.veum disabled");
        Launch.Result unknown = Launch.run(home, "contain", "host", "NOPE-01");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("error: there is no host NOPE-01 in this organisation"
                + " (host names look like those in the alerts)\n");
        Launch.Result status = Launch.run(home, "status");
        assertThat(status.out()).contains("Session S-0001 (active)", "Clock: 2026-03-10 09:13:51 UTC",
                "Contained: user c.veum");
        Launch.Result unconfirmed = Launch.run(home, "end");
        assertThat(unconfirmed.exitCode()).isEqualTo(2);
        assertThat(unconfirmed.err()).contains("Ending now plays the rest of it without you", "end --yes");
        Launch.Result end = Launch.run(home, "end", "--yes");
        assertThat(end.exitCode()).isZero();
        assertThat(end.out()).contains("You ended at 09:13, 76 min before the shift's end at 10:30.");
        assertThat(end.out()).startsWith("SCORE CARD  tutorial-brute-force  (analyst, seed 7)");
        Launch.Result json = Launch.run(home, "score", "--json");
        assertThat(json.out()).contains("\"scenarioId\" : \"tutorial-brute-force\"");
        Launch.Result again = Launch.run(home, "next");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("has ended");
    }
}
