package dev.nightshift.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.result.ProctorSecret;
import dev.nightshift.store.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Signed result files into a cohort: verified ones are kept, a changed one is refused by name and keeps the batch out. */
class SignedResultsTest {

    @TempDir
    Path dir;

    private TestDatabases used;

    @AfterEach
    void dropSchema() {
        if (used != null) {
            used.drop(dir);
        }
    }

    @Test
    void aVerifiedResultGivesItsCandidateVariantAndCardMetrics() throws Exception {
        Path ada = SignedCohort.write(dir, "ada", 90);
        ResultReader.Read read = new SignedResults(SignedCohort.PROCTOR).read(ada);
        assertThat(read.refusal()).isNull();
        assertThat(read.entry().candidate()).isEqualTo("ada");
        assertThat(read.entry().variant()).isEqualTo("v-ada");
        assertThat(read.entry().scenario()).isEqualTo("tutorial-brute-force");
        assertThat(read.entry().metrics()).containsEntry("score", 90.0).containsEntry("accuracy", 90.0)
                .containsKeys("stages_completed", "penalty");
        assertThat(read.entry().digest()).hasSize(64);
    }

    @Test
    void aChangedFileAndAnotherSecretAreRefusedByName() throws Exception {
        Path bob = SignedCohort.write(dir, "bob", 80);
        SignedCohort.tamper(bob, 99);
        assertThat(new SignedResults(SignedCohort.PROCTOR).read(bob).refusal())
                .isEqualTo("not verified: " + bob + " was changed after it was signed: its content does not match its"
                        + " signature");
        Path cy = SignedCohort.write(dir, "cy", 80);
        assertThat(new SignedResults(ProctorSecret.of("another secret of some length", "x")).read(cy).refusal())
                .startsWith("not verified: " + cy + " was signed under the key");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aBatchWithATamperedFileImportsNothingThenTheRestImportsWhole(TestDatabases db) throws Exception {
        used = db;
        List<Path> files = SignedCohort.write(dir);
        SignedCohort.tamper(files.get(3), 100);
        CohortStore store = new CohortStore(db.store(dir));
        CohortImport importer = new CohortImport(new SignedResults(SignedCohort.PROCTOR), store);
        CohortImport.Outcome refused = importer.run("spring", files);
        assertThat(refused.refusals()).singleElement().asString().contains(files.get(3).toString())
                .contains("was changed after it was signed");
        assertThat(store.cohorts()).isEmpty();

        SignedCohort.write(dir, "dan", 70);
        CohortImport.Outcome kept = importer.run("spring", files);
        assertThat(kept.saved().added()).extracting(CohortEntry::candidate).containsExactly("ada", "bob", "cy", "dan", "eve");
        CohortStatistics.View view = CohortStatistics.of("spring", store.entries("spring"));
        assertThat(view.ranking()).extracting(c -> c.entry().candidate() + " " + c.rank())
                .containsExactly("ada 1", "bob 2", "cy 2", "dan 4", "eve 5");
        assertThat(view.metrics().get(0).percentiles()).containsEntry(10, 64.0).containsEntry(90, 86.0);
        assertThat(importer.run("spring", files).saved().unchanged()).as("imported again: nothing changes").hasSize(5);
    }
}
