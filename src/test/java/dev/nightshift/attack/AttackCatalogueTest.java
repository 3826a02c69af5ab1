package dev.nightshift.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class AttackCatalogueTest {

    private final AttackCatalogue catalogue = AttackCatalogue.enterprise();

    @Test
    void shipsEnterpriseV18WithMitresNotice() {
        assertThat(catalogue.version()).isEqualTo("18.1");
        assertThat(catalogue.notice()).contains("The MITRE Corporation");
        assertThat(catalogue.tactics()).hasSize(14);
        assertThat(catalogue.tactics().get(0).shortName()).isEqualTo("reconnaissance");
        assertThat(catalogue.techniques()).hasSize(691);
    }

    @Test
    void theVersionReadFromTheResourcesHeadIsTheLoadedCataloguesVersion() {
        assertThat(AttackCatalogue.enterpriseVersion()).isEqualTo("18.1")
                .isEqualTo(AttackCatalogue.enterprise().version());
    }

    @Test
    void findsSubTechniqueWithItsTactics() {
        Technique spraying = catalogue.technique("t1110.003").orElseThrow();
        assertThat(spraying.name()).isEqualTo("Brute Force: Password Spraying");
        assertThat(spraying.tactics()).extracting(Tactic::id).containsExactly("TA0006");
        assertThat(spraying.isSubTechnique()).isTrue();
        assertThat(spraying.parentId()).isEqualTo("T1110");
        assertThat(catalogue.technique("T1078").orElseThrow().tactics()).extracting(Tactic::shortName)
                .containsExactly("initial-access", "persistence", "privilege-escalation", "defense-evasion");
    }

    @Test
    void unknownOrMalformedIdsAreAbsent() {
        assertThat(catalogue.technique("T9999")).isEmpty();
        assertThat(catalogue.technique("bogus")).isEmpty();
        assertThat(catalogue.technique(null)).isEmpty();
        assertThat(AttackCatalogue.isTechniqueId("T1136.001")).isTrue();
        assertThat(AttackCatalogue.isTechniqueId("T1136.1")).isFalse();
    }

    @Test
    void matchesTheReferenceCsvRowForRow() throws IOException {
        Path csv = Path.of(System.getProperty("nightshift.reference", "../shared/reference"),
                "attack-enterprise-techniques.csv");
        Assumptions.assumeTrue(Files.exists(csv),
                "../shared/reference not found: skipping the comparison with the reference ATT&CK CSV");
        List<String> rows = Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size());
        assertThat(rows).hasSize(catalogue.techniques().size());
        for (String row : rows) {
            String id = row.substring(0, row.indexOf(','));
            Technique t = catalogue.technique(id).orElseThrow(() -> new AssertionError("missing " + id));
            String tactics = row.substring(row.lastIndexOf(',') + 1);
            assertThat(String.join(";", t.tactics().stream().map(Tactic::shortName).toList()))
                    .as("tactics of %s", id).isEqualTo(tactics);
            assertThat(row).as("name of %s", id).contains(t.name().contains(",") ? "\"" + t.name() + "\"" : t.name());
        }
    }
}
