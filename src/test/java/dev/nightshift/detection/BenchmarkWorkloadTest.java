package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.telemetry.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkWorkloadTest {

    @Test
    void engineAndNaiveEvaluatorFindTheSameMatchesOnTheBenchmarkWorkload() {
        BenchmarkWorkload.Pack pack = BenchmarkWorkload.pack(1000, 11);
        RulePack compiled = RulePack.parse(pack.sources());
        assertThat(compiled.errors()).isEmpty();
        DetectionEngine engine = new DetectionEngine(compiled);
        NaiveEvaluator naive = new NaiveEvaluator(pack.naive());
        int total = 0;
        for (Event event : BenchmarkWorkload.events(5000, 7)) {
            List<Alert> alerts = engine.process(event);
            assertThat(alerts).as("event %d", event.index()).hasSize(naive.matches(event));
            total += alerts.size();
        }
        assertThat(total).isPositive();
    }
}
