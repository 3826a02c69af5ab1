package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.Truth;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeModifierTest {

    @Test
    void eachPartOfATimestampFieldIsComparedInUtc() {
        Map<String, Object> event = Map.of("UtcTime", "2025-03-01T23:45:10+02:00");

        assertThat(Fixtures.fires("sel: {UtcTime|minute: 45}\ncondition: sel", event)).isTrue();
        assertThat(Fixtures.fires("sel: {UtcTime|hour: 21}\ncondition: sel", event)).isTrue();
        assertThat(Fixtures.fires("sel: {UtcTime|hour: 23}\ncondition: sel", event)).isFalse();
        assertThat(Fixtures.fires("sel: {UtcTime|day: 1}\ncondition: sel", event)).isTrue();
        assertThat(Fixtures.fires("sel: {UtcTime|week: 9}\ncondition: sel", event)).isTrue();
        assertThat(Fixtures.fires("sel: {UtcTime|month: 3}\ncondition: sel", event)).isTrue();
        assertThat(Fixtures.fires("sel: {UtcTime|year: 2025}\ncondition: sel", event)).isTrue();
    }

    @Test
    void anyListedValueMatchesAndNeqInverts() {
        String night = "sel: {UtcTime|hour: [22, 23, 0, 1, 2, 3, 4, 5]}\ncondition: sel";

        assertThat(Fixtures.fires(night, Map.of("UtcTime", "2025-03-01 02:10:00.000"))).isTrue();
        assertThat(Fixtures.fires(night, Map.of("UtcTime", "2025-03-01 12:10:00.000"))).isFalse();
        assertThat(Fixtures.fires(night, Map.of("UtcTime", 1_740_794_400L))).isTrue();
        assertThat(Fixtures.fires(night, Map.of("UtcTime", 1_740_794_400_000L))).isTrue();
        assertThat(Fixtures.fires(night, Map.of("UtcTime", "not a time"))).isFalse();
        assertThat(Fixtures.fires(night, Map.of())).isFalse();
        assertThat(Fixtures.fires("sel: {UtcTime|hour|neq: 2}\ncondition: sel",
                Map.of("UtcTime", "2025-03-01T12:00:00Z"))).isTrue();
    }

    @Test
    void atTimestampStandsForTheEventsOwnTimeWhenTheEventHasNoSuchField() {
        DetectionEngine engine = Fixtures.engine("sel: {'@timestamp|hour': 8}\ncondition: sel");
        Event at8 = new Event(0, Instant.parse("2025-03-01T08:30:00Z"), Fixtures.PROCESS, "ws1", Map.of(),
                Truth.benign());
        Event at9 = new Event(1, Instant.parse("2025-03-01T09:30:00Z"), Fixtures.PROCESS, "ws1", Map.of(),
                Truth.benign());

        assertThat(engine.process(at8)).hasSize(1);
        assertThat(engine.process(at9)).isEmpty();
    }

    @Test
    void badTimeValuesAndCombinationsAreErrorsAtTheirPosition() {
        String head = "title: t\nlogsource: {product: windows}\ndetection:\n";

        assertThat(Fixtures.errors(head + "  sel: {UtcTime|hour: 24}\n  condition: sel\n"))
                .containsExactly("bad.yml:4:23: 'hour' takes whole numbers from 0 to 23, not '24'");
        assertThat(Fixtures.errors(head + "  sel: {UtcTime|month: march}\n  condition: sel\n"))
                .containsExactly("bad.yml:4:24: 'month' takes whole numbers from 1 to 12, not 'march'");
        assertThat(Fixtures.errors(head + "  sel: {UtcTime|year: x}\n  condition: sel\n"))
                .containsExactly("bad.yml:4:23: 'year' takes whole numbers, not 'x'");
        assertThat(Fixtures.errors(head + "  sel: {UtcTime|hour|contains: 2}\n  condition: sel\n"))
                .containsExactly("bad.yml:4:22: modifier 'contains' cannot be combined with 'hour'");
        assertThat(Fixtures.errors(head + "  sel: {UtcTime|day|all: [1, 2]}\n  condition: sel\n"))
                .containsExactly("bad.yml:4:27: 'day' combines only with 'neq'");
    }

    @Test
    void aTimeRuleIsNotSkippedByTheLiteralIndex() {
        RulePack pack = Fixtures.pack("""
                title: night logon
                id: night
                logsource: {product: windows, service: security}
                detection:
                  sel: {EventID: 4624, TimeCreated|hour: 3}
                  condition: sel
                """);
        DetectionEngine engine = new DetectionEngine(pack);
        Event event = Fixtures.event(Fixtures.SECURITY, 0, Map.of("EventID", 4624, "TimeCreated",
                "2025-03-01T03:00:00Z"));

        assertThat(engine.process(event)).extracting(Alert::ruleId).isEqualTo(List.of("night"));
    }
}
