package dev.nightshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.result.ResultFile;
import dev.nightshift.scoring.ScoreCard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown report and the ATT&CK Navigator layer of a real result, and the layer of a cohort. */
class ReportFormatsTest {

    private static final Path REAL = Path.of("src/test/resources/result/tutorial-analyst.result.json");
    private final ResultFile result = ResultFile.read(REAL);

    private static void golden(String rendered, Path file) throws Exception {
        if (Boolean.getBoolean("nightshift.updateGolden")) {
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
        }
        assertThat(rendered).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void markdownReportIsTheStoredOne() throws Exception {
        String md = Reports.render(result, Reports.Format.MD);
        golden(md, Path.of("src/test/resources/result/tutorial-analyst.md"));
        assertThat(md).contains("| attack | 2 | 0 | 0 | 0 |", "| no attack | 0 | 1 | 1 | 0 |",
                "| T1136.001 | create-account | 0 | stopped before it raised an alert |",
                "| 1 | 2026-03-10 08:30:00 | 2026-07-25 17:20:07 | `next` |");
    }

    @Test
    void navigatorLayerOfASessionColoursEachTechniqueByHowItWent() throws Exception {
        String layer = Reports.render(result, Reports.Format.NAVIGATOR);
        golden(layer, Path.of("src/test/resources/result/tutorial-analyst.navigator.json"));
        JsonNode json = new ObjectMapper().readTree(layer);
        assertThat(json.path("versions").path("layer").asText()).isEqualTo("4.5");
        assertThat(json.path("versions").path("attack").asText()).isEqualTo("18");
        assertThat(json.path("domain").asText()).isEqualTo("enterprise-attack");
        assertThat(json.path("techniques")).extracting(t -> t.path("techniqueID").asText() + " " + t.path("score")
                .asInt() + " " + t.path("color").asText())
                .containsExactly("T1110.003 70 #a6d96a", "T1078 70 #a6d96a", "T1136.001 90 #74add1");
        assertThat(json.path("gradient").path("maxValue").asInt()).isEqualTo(100);
        assertThat(json.path("legendItems")).hasSize(Handling.values().length);
    }

    @Test
    void navigatorLayerOfACohortAveragesTheScoresAndCountsEachWay() throws Exception {
        ScoreCard card = result.card();
        List<ScoreCard.TechniqueResult> missed = card.techniques().stream().map(t -> new ScoreCard.TechniqueResult(
                t.technique(), t.stage(), t.alerts(), false, "DONE")).toList();
        ScoreCard worse = new ScoreCard(card.scenarioId(), card.role(), card.seed(), 20, card.accuracyScore(),
                card.containmentScore(), card.responseScore(), card.fatigueScore(), card.accuracy(), card.response(),
                card.fatigue(), card.containments(), card.escalations(), card.wrongContainments(),
                card.wrongContainmentMinutes(), card.stagesCompleted(), card.stagesStopped(), card.stagesTotal(),
                card.hostsImpacted(), missed, card.penalties(), card.ending(), card.waived());
        ResultFile second = ResultFile.of(new ResultFile.Session("S-0002", "tutorial-brute-force", null, "analyst", 7,
                null, "bob", "manual"), worse, List.of(), result.debrief());

        JsonNode json = new ObjectMapper().readTree(NavigatorLayer.render("cohort", List.of(result, second)));

        assertThat(json.path("techniques")).extracting(t -> t.path("techniqueID").asText() + " "
                + t.path("score").asInt() + " " + t.has("color"))
                .containsExactly("T1110.003 53 false", "T1078 53 false", "T1136.001 45 false");
        assertThat(json.path("techniques").get(2).path("comment").asText()).isEqualTo("stage create-account: 1 of 2"
                + " stopped before it raised an alert; 1 of 2 ran and raised no alert");
        assertThat(json.path("metadata").get(1).path("value").asText()).isEqualTo("S-0001, S-0002 (bob)");
    }
}
