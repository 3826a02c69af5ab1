package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** intel, whois, hint and help on the packaged jar: a seeded transcript equal to the stored one, and the conventions. */
class LookupSessionIT {

    private static final Path SCRIPT = Path.of("src/test/resources/shell/lookup-session.txt");
    private static final Path EXPECTED = Path.of("src/test/resources/shell/lookup-session.expected.txt");

    @TempDir
    Path home;

    @Test
    void lookupsPrintTheStoredTranscriptAndHintsCostPoints() throws Exception {
        Launch.Result r = Launch.run(home, "script", "--file", SCRIPT.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        if (Boolean.getBoolean("nightshift.updateGolden")) {
            Files.writeString(EXPECTED, r.out(), StandardCharsets.UTF_8);
        }
        assertThat(r.out())
                .as("transcript differs; if the change is intended, rerun with -Dnightshift.updateGolden=true and read the diff")
                .isEqualTo(Files.readString(EXPECTED, StandardCharsets.UTF_8));
        assertThat(r.out()).contains("198.51.100.219 (ip): malicious, confidence 70, from AbuseIPDB",
                "invoice-portal.example (domain): unknown to the feeds.", "Hint 2 of 4: ",
                "hints: 2 of 4 taken, 3 points off each: 6 points");
    }

    @Test
    void helpVersionAndCommandHelpFollowTheConventions() throws Exception {
        Launch.Result version = Launch.run(home, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("nightshift ");
        Launch.Result help = Launch.run(home, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("AVAILABLE COMMANDS\n").contains("       intel: ", "       whois: ", "       hint: ");
        Launch.Result triage = Launch.run(home, "triage", "--help");
        assertThat(triage.exitCode()).isZero();
        assertThat(triage.out()).startsWith("NAME\n       triage - ").contains("EXAMPLES\n       triage A-001 --verdict true-positive");
        Launch.Result unknown = Launch.run(home, "help", "frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("error: there is no command 'frobnicate'; 'help' lists them\n");
    }
}
