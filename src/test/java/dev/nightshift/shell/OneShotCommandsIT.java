package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of DESIGN.md, on the packaged jar: exit 0, 1 or 2, one clear line on stderr. */
class OneShotCommandsIT {

    @TempDir
    Path home;

    @Test
    void versionPrintsAndExitsZeroWithNothingElse() throws Exception {
        Launch.Result r = Launch.run(home, "version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("nightshift ").contains("ATT&CK Enterprise v18.1");
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void techniqueShowsNameAndTactics() throws Exception {
        Launch.Result r = Launch.run(home, "technique", "T1110.003");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("T1110.003  Brute Force: Password Spraying", "tactics: Credential Access (TA0006)");
    }

    @Test
    void unknownTechniqueIsBadInput() throws Exception {
        Launch.Result r = Launch.run(home, "technique", "T9999");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: unknown ATT&CK technique T9999 (not in Enterprise v18.1)\n");
    }

    @Test
    void unknownCommandIsBadInput() throws Exception {
        Launch.Result r = Launch.run(home, "frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: unknown command 'frobnicate': type 'help' to list the commands\n");
    }

    @Test
    void unknownOptionIsBadInput() throws Exception {
        Launch.Result r = Launch.run(home, "version", "--loud");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: Unrecognised option '--loud'").doesNotContain("\tat ");
    }

    @Test
    void actingWithoutASessionFails() throws Exception {
        Launch.Result r = Launch.run(home, "alerts");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(
                "error: no session yet; start one with: start --scenario tutorial-brute-force --role analyst\n");
    }

    @Test
    void unknownScenarioIsBadInput() throws Exception {
        Launch.Result r = Launch.run(home, "start", "--scenario", "no-such-scenario", "--role", "analyst");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("no-such-scenario").doesNotContain("Exception");
    }
}
