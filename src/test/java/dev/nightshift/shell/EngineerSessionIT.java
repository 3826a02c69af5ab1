package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole change window, scripted, through the packaged jar: every line it prints, the engineer's card included,
 * must equal the stored transcript. Then a window played one command per process, each rebuilt from the journal,
 * deploys to the same card, and the commands of the other role say why they do not apply.
 */
class EngineerSessionIT {

    private static final Path SCRIPT = Path.of("src/test/resources/shell/engineer-session.txt");
    private static final Path EXPECTED = Path.of("src/test/resources/shell/engineer-session.expected.txt");

    @TempDir
    Path home;

    @Test
    void scriptedWindowPrintsTheStoredTranscriptAndCard() throws Exception {
        Launch.Result r = Launch.run(home, "script", "--file", SCRIPT.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        if (Boolean.getBoolean("nightshift.updateGolden")) {
            Files.writeString(EXPECTED, r.out(), StandardCharsets.UTF_8);
        }
        assertThat(r.out())
                .as("transcript differs; if the change is intended, rerun with -Dnightshift.updateGolden=true and read the diff")
                .isEqualTo(Files.readString(EXPECTED, StandardCharsets.UTF_8));
        assertThat(r.out()).contains("TOTAL  97 / 100",
                "T-1  rule 'Service Installed' (ef48dbfe): 31 alerts this week, 87% closed as false positive",
                "Attacks found by hand last week that a rule now catches: 6 of 6",
                "+        ServiceFileName: 'C:\\Windows\\ccmsetup\\ccmsetup.exe*'");
    }

    @Test
    void oneCommandPerProcessRebuildsTheWindowFromItsJournal() throws Exception {
        Launch.Result start = Launch.run(home, "start", "--scenario", "tutorial-brute-force", "--role", "engineer");
        assertThat(start.exitCode()).isZero();
        assertThat(start.out()).contains("Change window: last week, 2026-03-03 to 2026-03-09 (7 days",
                "T-1  rule 'Many Failed Logons From A Single Source' (bf96b1f9): 17 alerts this week, 82% closed as false positive");
        Launch.Result alerts = Launch.run(home, "alerts");
        assertThat(alerts.exitCode()).isEqualTo(1);
        assertThat(alerts.err()).contains("is an engineer's change window", "'rule list'");
        Launch.Result tune = Launch.run(home, "rule", "tune", "bf96", "--threshold", "8");
        assertThat(tune.out()).contains("Tuned 'Many Failed Logons From A Single Source': threshold 8.");
        Launch.Result bad = Launch.run(home, "rule", "tune", "bf96", "--exclude", "IpAddress");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("error: an exclusion is field=value (or field|contains=value), got 'IpAddress'\n");
        Launch.Result diff = Launch.run(home, "rule", "diff");
        assertThat(diff.out()).contains("--- a/rules/tutorial-brute-force/failed-logons-single-source.yml",
                "-        gte: 5", "+        gte: 8");
        Launch.Result unconfirmed = Launch.run(home, "rule", "deploy");
        assertThat(unconfirmed.exitCode()).isEqualTo(2);
        assertThat(unconfirmed.err()).contains("rule deploy --yes");
        Launch.Result deploy = Launch.run(home, "rule", "deploy", "--yes");
        assertThat(deploy.exitCode()).isZero();
        assertThat(deploy.out()).startsWith("Score card: tutorial-brute-force, engineer, seed 7");
        Launch.Result json = Launch.run(home, "score", "--json");
        assertThat(json.out()).contains("\"role\" : \"engineer\"", "\"total\" : ");
        Launch.Result end = Launch.run(home, "end");
        assertThat(end.exitCode()).isZero();
        assertThat(end.out()).isEqualTo(deploy.out());
        Launch.Result after = Launch.run(home, "rule", "tune", "bf96", "--level", "low");
        assertThat(after.exitCode()).isEqualTo(1);
        assertThat(after.err()).contains("deployed");
    }
}
