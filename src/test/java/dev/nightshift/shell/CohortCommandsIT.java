package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.UserMessages;
import dev.nightshift.cohort.SignedCohort;
import dev.nightshift.store.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hiring team's last two steps with the real jar, on the home's H2 file and on a PostgreSQL server given by
 * NIGHTSHIFT_DB_URL: a batch with a tampered result is refused by the file's name and imports nothing; the
 * untouched batch imports, and the report ranks the cohort with its tie and writes the HTML page.
 */
class CohortCommandsIT {

    @TempDir
    Path home;

    private TestDatabases used;

    @AfterEach
    void dropSchema() {
        if (used != null) {
            used.drop(home);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void importRefusesATamperedBatchThenReportsTheCohort(TestDatabases db) throws Exception {
        used = db;
        Map<String, String> env = new java.util.HashMap<>(Map.of("NIGHTSHIFT_PROCTOR_SECRET", SignedCohort.SECRET));
        if (db == TestDatabases.POSTGRESQL) {
            env.putAll(Map.of("NIGHTSHIFT_DB_URL", db.url(home), "NIGHTSHIFT_DB_USER", db.user(),
                    "NIGHTSHIFT_DB_PASSWORD", db.password()));
        }
        Path results = Files.createDirectories(home.resolve("results"));
        List<Path> files = SignedCohort.write(results);
        SignedCohort.tamper(files.get(1), 100);
        List<String> args = new ArrayList<>(List.of("cohort", "import"));
        files.forEach(f -> args.add(f.toString()));
        args.addAll(List.of("--cohort", "spring"));

        Launch.Result refused = Launch.run(home, env, args.toArray(String[]::new));
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("error: not verified: " + files.get(1) + " was changed after it was"
                + " signed: its content does not match its signature; type the command again without it, or with the file as it was signed"
                + " (nothing of this batch was imported)");
        refused.err().lines().forEach(line -> UserMessages.assertPlain(line.replaceFirst("^error: ", "")));
        Launch.Result none = Launch.run(home, env, "cohort", "report");
        assertThat(none.exitCode()).as(none.err()).isEqualTo(1);
        assertThat(none.err()).contains("there is no cohort in").contains("yet; import results with: cohort import");

        SignedCohort.write(results).get(1); // bob's file as it was signed
        Launch.Result imported = Launch.run(home, env, args.toArray(String[]::new));
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Cohort spring: 5 results imported (ada, bob, cy, dan, eve), into "
                + (db == TestDatabases.H2 ? home.resolve("db/nightshift.mv.db").toString() : "the database jdbc:postgresql:"));

        Path page = home.resolve("spring.html");
        Launch.Result report = Launch.run(home, env, "cohort", "report", "--html", page.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).contains("Cohort spring: tutorial-brute-force (analyst), 5 candidates")
                .contains("  2     bob                        80.0  v-bob\n  2     cy ")
                .containsPattern("score \\(points\\) +5 +76\\.0 +11\\.4 +60\\.0 +64\\.0 +70\\.0 +80\\.0 +80\\.0 +86\\.0 +90\\.0")
                .contains("The HTML report is in " + page);
        String html = Files.readString(page);
        assertThat(html).contains("<table id=\"ranking\">", "<svg class=\"histogram\"").doesNotContain("<script", "http");
    }
}
