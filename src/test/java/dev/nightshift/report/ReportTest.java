package dev.nightshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.scoring.ScoreCard;
import dev.nightshift.scoring.Scorer;
import dev.nightshift.scoring.ScoringFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final String MARK = "<!-- worked-example-card -->\n```text\n";
    private final ScoreCard card = Scorer.score(ScoringFixtures.scripted());

    @Test
    void textReportIsTheWorkedExampleOfTheScoringDocs() throws Exception {
        String doc = Files.readString(Path.of("docs/scoring.md"));
        int start = doc.indexOf(MARK);
        assertThat(start).as("docs/scoring.md holds the worked example's card after " + MARK.strip()).isPositive();
        String shown = doc.substring(start + MARK.length(), doc.indexOf("```", start + MARK.length())).stripTrailing();
        assertThat(TextReport.render(card)).isEqualTo(shown);
    }

    @Test
    void jsonReportCarriesEveryNumberForScripts() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(card));
        assertThat(json.path("total").asInt()).isEqualTo(55);
        assertThat(json.path("accuracy").path("correct").asInt()).isEqualTo(4);
        assertThat(json.path("containments").get(1).path("minutesToContain").asLong()).isEqualTo(10);
        assertThat(json.path("techniques")).hasSize(3);
        assertThat(json.path("waived")).hasSize(1);
        assertThat(new ObjectMapper().readValue(JsonReport.render(card), ScoreCard.class)).isEqualTo(card);
    }
}
