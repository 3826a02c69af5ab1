package dev.nightshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.scoring.ScoreCard;
import dev.nightshift.scoring.Scorer;
import dev.nightshift.scoring.ScoringFixtures;
import org.junit.jupiter.api.Test;

class ReportTest {

    private final ScoreCard card = Scorer.score(ScoringFixtures.scripted());

    @Test
    void textReportReadsAsTheScoreCard() {
        assertThat(TextReport.render(card)).isEqualTo("""
                SCORE CARD  tutorial-brute-force  (analyst, seed 7)
                Total: 77 / 100
                  accuracy      75.0%   containment  90.0%   response  61.1%   fatigue  75.0%

                Verdicts
                  verdict accuracy        3 of 4 alerts right (75.0%); 1 left open
                  true-positive calls     precision 100.0%, recall 100.0%
                  false positives closed  1 of 2

                Response (simulated minutes)
                  time to acknowledge     3.0 min on average (attack alerts acknowledged: 2 of 2)
                  time to contain         ip 203.0.113.45 (spray): 16 min
                  time to contain         user m.jones (valid-login): 22 min
                  escalation              valid-login: wanted high, escalated high after 6 min
                  escalation              create-account: wanted high, not escalated
                  contained needlessly    host ws-0001
                  business impact         30 entity-minutes isolated needlessly
                  attack stages           2 completed, 1 stopped, of 3; 1 host(s) touched by the attack

                Alert fatigue
                  2.0 alerts per hour, 50.0% false positives, queue age p50 17 min / p95 30 min, 25.0% never opened

                Per ATT&CK technique
                  T1110.003  spray             1 alert(s)  called true-positive   stage done
                  T1078      valid-login       1 alert(s)  called true-positive   stage done
                  T1136.001  create-account    0 alert(s)  not called             stage stopped""");
    }

    @Test
    void jsonReportCarriesEveryNumberForScripts() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(card));
        assertThat(json.path("total").asInt()).isEqualTo(77);
        assertThat(json.path("accuracy").path("correct").asInt()).isEqualTo(3);
        assertThat(json.path("containments").get(1).path("minutesToContain").asLong()).isEqualTo(22);
        assertThat(json.path("techniques")).hasSize(3);
        assertThat(new ObjectMapper().readValue(JsonReport.render(card), ScoreCard.class)).isEqualTo(card);
    }
}
