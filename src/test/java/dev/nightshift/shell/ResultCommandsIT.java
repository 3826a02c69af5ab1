package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result file through the packaged jar: a signed result of the scripted tutorial verifies (exit 0), a changed one
 * does not (exit 1, one sentence), and a missing secret or file is bad input (exit 2). While the shift runs, no
 * trainee command prints the truth, and the reports, which hold it, are refused.
 */
class ResultCommandsIT {

    private static final Path SCRIPT = Path.of("src/test/resources/shell/tutorial-session.txt");
    private static final String SECRET = "an assessment secret of some length";

    @TempDir
    Path home;

    @Test
    void aSignedResultVerifiesUntouchedAndFailsOnceChanged() throws Exception {
        assertThat(Launch.run(home, "script", "--file", SCRIPT.toString()).exitCode()).isZero();
        Path file = home.resolve("result.json");
        Map<String, String> env = Map.of("NIGHTSHIFT_PROCTOR_SECRET", SECRET);

        Launch.Result written = Launch.run(home, env, "report", "--format", "json", "--signed", "--out", file.toString());
        assertThat(written.err()).isEmpty();
        assertThat(written.out()).startsWith("Wrote the json report of session S-0001 to " + file + ", signed under sha256:");

        Launch.Result untouched = Launch.run(home, env, "report", "verify", file.toString());
        assertThat(untouched.exitCode()).isZero();
        assertThat(untouched.out()).startsWith("verified: " + file + " is untouched since it was signed under sha256:")
                .endsWith("(session S-0001, tutorial-brute-force, analyst, seed 7, total 100/100)\n");

        Path secretFile = home.resolve("secret.txt");
        Files.writeString(secretFile, SECRET + "\n");
        assertThat(Launch.run(home, "report", "verify", file.toString(), "--secret-file", secretFile.toString())
                .exitCode()).as("the same secret from a file").isZero();

        Files.writeString(file, Files.readString(file).replace("\"total\" : 100", "\"total\" : 99"));
        Launch.Result changed = Launch.run(home, env, "report", "verify", file.toString());
        assertThat(changed.exitCode()).isEqualTo(1);
        assertThat(changed.out()).isEqualTo("not verified: " + file
                + " was changed after it was signed: its content does not match its signature\n");
        assertThat(changed.err()).isEmpty();

        Launch.Result noSecret = Launch.run(home, "report", "verify", file.toString());
        assertThat(noSecret.exitCode()).isEqualTo(2);
        assertThat(noSecret.err()).isEqualTo("error: no proctor secret: set NIGHTSHIFT_PROCTOR_SECRET or pass"
                + " --secret-file FILE\n");
        Launch.Result missing = Launch.run(home, env, "report", "verify", home.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error: cannot read " + home.resolve("nope.json")
                + ": it does not exist; give the path of a result file\n");
    }

    @Test
    void noTraineeCommandOfARunningShiftPrintsTheTruth() throws Exception {
        Path script = home.resolve("running.txt");
        Files.writeString(script, String.join("\n", "start --scenario tutorial-brute-force --role analyst --seed 7",
                "next", "alerts", "alert A-001", "alert A-001 --raw", "search *", "search IpAddress=198.51.100.219",
                "triage A-001 --verdict true-positive", "next", "alert A-002 --raw", "contain user c.veum", "status",
                "next", "alert A-003 --raw", "next", "alert A-004 --raw", "wait 30m", "alerts", "status", "sessions",
                "technique T1136.001"));
        Launch.Result played = Launch.run(home, "script", "--file", script.toString());
        assertThat(played.exitCode()).as(played.err()).isZero();
        StringBuilder printed = new StringBuilder(played.out()).append(played.err());
        for (String format : List.of("text", "json", "md", "html", "navigator")) {
            Launch.Result report = Launch.run(home, "report", "--format", format);
            assertThat(report.exitCode()).isEqualTo(1);
            assertThat(report.err()).isEqualTo("error: session S-0001 is still running, and its result and reports"
                    + " exist only once the shift has ended; type 'end' to finish it\n");
            printed.append(report.out()).append(report.err());
        }
        Launch.Result score = Launch.run(home, "score", "--json");
        assertThat(score.exitCode()).isEqualTo(1);
        printed.append(score.out()).append(score.err());

        // the tutorial's stage ids, the truth label's fields, and the words the card uses for how the attack went
        assertThat(printed.toString()).doesNotContain("valid-login", "create-account", "(spray)", "truth", "\"stage\"",
                "attack stage", "stage done", "stage stopped", "isAttack", "T1136.001  create");
        assertThat(printed.toString()).as("the trainee saw the alerts").contains("A-004", "Many Failed Logons");
    }
}
