package dev.nightshift.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.store.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Cohorts kept in the session database, on the embedded H2 file and on PostgreSQL (skipped when none answers). */
class CohortStoreTest {

    @TempDir
    Path home;

    private TestDatabases used;

    @AfterEach
    void dropSchema() {
        if (used != null) {
            used.drop(home);
        }
    }

    private CohortStore store(TestDatabases db) {
        used = db;
        return new CohortStore(db.store(home));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aCohortReadsBackInImportOrderWithEveryMetricAndTheSameReport(TestDatabases db) throws Exception {
        CohortStore first = store(db);
        CohortStore.Saved saved = first.save("spring", CohortFixtures.five());
        assertThat(saved.added()).hasSize(5);
        List<CohortEntry> back = store(db).entries("spring");
        assertThat(back).containsExactlyElementsOf(CohortFixtures.five());
        assertThat(back.get(1).metrics()).isEqualTo(Map.of("score", 60.0));
        assertThat(store(db).cohorts()).containsExactly("spring");
        assertThat(store(db).onlyCohort()).contains("spring");
        String text = CohortText.render(CohortStatistics.of("spring", back));
        assertThat(text).isEqualTo(CohortText.render(CohortStatistics.of("spring", CohortFixtures.five())));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void theSameFileAgainChangesNothingAndAnotherResultOfACandidateRefusesTheBatch(TestDatabases db) {
        CohortStore store = store(db);
        store.save("spring", CohortFixtures.five().subList(0, 2));
        CohortStore.Saved again = store.save("spring", CohortFixtures.five());
        assertThat(again.unchanged()).extracting(CohortEntry::candidate).containsExactly("bob", "eve");
        assertThat(again.added()).extracting(CohortEntry::candidate).containsExactly("ada", "dan", "cy");

        CohortEntry retake = CohortFixtures.entry("ada", 95, 5.0);
        CohortEntry newcomer = CohortFixtures.entry("fay", 85, 9.0);
        assertThatThrownBy(() -> store.save("spring", List.of(newcomer, retake))).isInstanceOf(CohortException.class)
                .hasMessage("ada.result.json is a result of ada, who already has one in cohort spring (imported from"
                        + " ada.result.json); import it into another cohort with --cohort NAME");
        assertThat(store.entries("spring")).as("nothing of the refused batch is kept").hasSize(5)
                .extracting(CohortEntry::candidate).doesNotContain("fay");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aResultOfAnotherScenarioBelongsInAnotherCohort(TestDatabases db) {
        CohortStore store = store(db);
        store.save("spring", CohortFixtures.five());
        CohortEntry other = new CohortEntry("gus", "phishing-payroll", "v-gus", "analyst", "gus.json", "d",
                Map.of("score", 50.0));
        assertThatThrownBy(() -> store.save("spring", List.of(other))).isInstanceOf(CohortException.class)
                .hasMessageStartingWith("gus.json is a result of phishing-payroll (analyst), but cohort spring compares"
                        + " ransomware-3am (analyst);");
        store.save("phishing", List.of(other));
        assertThat(store.cohorts()).containsExactly("phishing", "spring");
        assertThat(store.onlyCohort()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aBatchWithARefusedFileKeepsNothingAndNamesEveryRefusedFile(TestDatabases db) {
        CohortStore store = store(db);
        Map<Path, ResultReader.Read> files = Map.of(
                Path.of("ada.json"), ResultReader.Read.verified(CohortFixtures.entry("ada", 90, 12.0)),
                Path.of("bob.json"), ResultReader.Read.refused("bob.json was changed after it was signed"),
                Path.of("cy.json"), ResultReader.Read.refused("cy.json is not a nightshift result"));
        CohortImport importer = new CohortImport(files::get, store);
        CohortImport.Outcome outcome = importer.run(null,
                List.of(Path.of("ada.json"), Path.of("bob.json"), Path.of("cy.json")));
        assertThat(outcome.refusals()).containsExactly("bob.json was changed after it was signed",
                "cy.json is not a nightshift result");
        assertThat(store.cohorts()).isEmpty();
        CohortImport.Outcome kept = importer.run(null, List.of(Path.of("ada.json"), Path.of("ada.json")));
        assertThat(kept.cohort()).as("named after the scenario").isEqualTo("ransomware-3am");
        assertThat(kept.saved().added()).hasSize(1);
        assertThat(store.entries("ransomware-3am")).extracting(CohortEntry::candidate).containsExactly("ada");
    }

    @org.junit.jupiter.api.Test
    void theTextAndHtmlReportsOfTheFixedCohortAreTheGoldenOnes() throws Exception {
        CohortStatistics.View view = CohortStatistics.of("spring", CohortFixtures.five());
        golden("spring.cohort.txt", CohortText.render(view) + "\n");
        String html = CohortHtml.render(view);
        golden("spring.cohort.html", html);
        assertThat(html).doesNotContain("http://", "https://", "<script", "<link", "<img", "@import", "url(");
        assertThat(html.split("<svg ", -1)).as("a histogram per metric").hasSize(1 + view.metrics().size());
    }

    private static void golden(String name, String text) throws Exception {
        Path file = Path.of("src/test/resources/cohort/" + name);
        if (Boolean.getBoolean("nightshift.updateGolden")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
        assertThat(text).as("report differs; if intended, rerun with -Dnightshift.updateGolden=true and read the diff")
                .isEqualTo(Files.readString(file));
    }
}
