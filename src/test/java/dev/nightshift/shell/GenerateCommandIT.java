package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} on the packaged jar: it never replaces a file unasked, and its work has a ceiling. */
class GenerateCommandIT {

    @TempDir
    Path home;

    @Test
    void anExistingOutOrTruthFileIsReplacedOnlyWithForce() throws Exception {
        Path out = Files.writeString(home.resolve("nightshift.mv.db"), "the session database");
        Path truth = home.resolve("truth.jsonl");
        Launch.Result refused = Launch.run(home, "generate", "--scenario", "tutorial-brute-force", "--duration", "10m",
                "--out", out.toString(), "--truth", truth.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("error: --out " + out + " already exists; pass --force to replace it, "
                + "or choose another path\n");
        assertThat(out).hasContent("the session database");
        assertThat(truth).doesNotExist();

        Launch.Result forced = Launch.run(home, "generate", "--scenario", "tutorial-brute-force", "--duration", "10m",
                "--out", out.toString(), "--truth", truth.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(out)).startsWith("{\"@timestamp\":");
        assertThat(Files.readString(truth)).startsWith("{\"index\":0,");
        assertThat(home.resolve("nightshift.mv.db.part")).doesNotExist();

        Launch.Result again = Launch.run(home, "generate", "--scenario", "tutorial-brute-force", "--duration", "10m",
                "--out", home.resolve("other.jsonl").toString(), "--truth", truth.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("error: --truth " + truth + " already exists; pass --force to replace "
                + "it, or choose another path\n");
        assertThat(home.resolve("other.jsonl")).doesNotExist();
    }

    @Test
    void devNullStillTakesTheOutputWithoutForce() throws Exception {
        Launch.Result r = Launch.run(home, "generate", "--scenario", "tutorial-brute-force", "--duration", "10m",
                "--out", "/dev/null");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Wrote ").contains(" to /dev/null");
    }

    @Test
    void aDurationPastTheCeilingIsRefusedBeforeAnyWork() throws Exception {
        Launch.Result r = Launch.run(home, "generate", "--scenario", "tutorial-brute-force", "--duration", "3651d",
                "--out", home.resolve("events.jsonl").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: --duration 3651d is longer than the 3650d generate exports at most; "
                + "ask for a shorter --duration\n");
        assertThat(home.resolve("events.jsonl")).doesNotExist();
        assertThat(home.resolve("events.jsonl.part")).doesNotExist();
    }

    @Test
    void outAndTruthMustBeTwoFiles() throws Exception {
        String same = home.resolve("both.jsonl").toString();
        Launch.Result r = Launch.run(home, "generate", "--scenario", "tutorial-brute-force", "--out", same,
                "--truth", same);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: --out and --truth name the same file, " + same + "; give the truth "
                + "labels a file of their own\n");
    }
}
