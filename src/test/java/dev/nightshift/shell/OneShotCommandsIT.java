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

    @Test
    void aTruncatedDatabaseIsNamedWithTheWayToRecover() throws Exception {
        dev.nightshift.store.SessionStore.open("jdbc:h2:file:" + home.resolve("db/nightshift") + ";AUTO_SERVER=TRUE", "sa", "")
                .create("tutorial-brute-force", "analyst", 7, "manual", null);
        Path file = home.resolve("db/nightshift.mv.db");
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(5000);
        }
        Launch.Result r = Launch.run(home, "status");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: " + file + " is damaged and cannot be read; ")
                .contains("mv " + file + " " + file + ".damaged");
        dev.nightshift.UserMessages.assertPlain(r.err());
        assertThat(Launch.run(home, "version").exitCode()).as("a command that keeps no session still works").isZero();
    }

    @Test
    void aConditionNestedThousandsDeepIsARuleErrorAtItsPlace() throws Exception {
        Path rule = home.resolve("deep.yml");
        java.nio.file.Files.writeString(rule, "title: Deep\nid: 11111111-2222-3333-4444-555555555555\nlogsource:\n"
                + "  product: windows\n  service: security\ndetection:\n  sel:\n    EventID: 4625\n  condition: "
                + "(".repeat(5000) + "sel" + ")".repeat(5000) + "\n");
        Launch.Result r = Launch.run(home, "rules", "validate", rule.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + rule + ":9:78: the condition nests brackets and 'not's more than 64"
                + " deep; flatten it");
        r.err().lines().forEach(line -> dev.nightshift.UserMessages.assertPlain(line));
    }
}
