package dev.nightshift.detection;

import static dev.nightshift.detection.Fixtures.SECURITY;
import static dev.nightshift.detection.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.telemetry.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorrelationTest {

    private static final String FAILED_LOGON = Fixtures.FAILED_LOGON;

    private static DetectionEngine engine(String correlation) {
        return new DetectionEngine(Fixtures.pack(FAILED_LOGON + correlation));
    }

    private static Event failure(long seconds, String ip, String user) {
        return event(SECURITY, seconds, Map.of("EventID", 4625, "IpAddress", ip, "TargetUserName", user));
    }

    private static List<Alert> run(DetectionEngine engine, List<Event> events) {
        List<Alert> alerts = new ArrayList<>();
        events.forEach(e -> alerts.addAll(engine.process(e)));
        return alerts;
    }

    @Test
    void eventCountFiresOnceAtThresholdPerGroupAndAgainAfterANewWindowFills() {
        DetectionEngine engine = engine("""
                title: Brute force
                id: brute-force
                level: high
                correlation:
                  type: event_count
                  rules: [failed_logon]
                  group-by: [IpAddress]
                  timespan: 5m
                  condition: {gte: 5}
                """);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            events.add(failure(i * 10L, "203.0.113.9", "user" + i));
            events.add(failure(i * 10L + 1, "198.51.100.1", "user" + i));
        }
        for (int i = 0; i < 5; i++) {
            events.add(failure(400 + i * 10L, "203.0.113.9", "late" + i));
        }
        List<Alert> alerts = new ArrayList<>();
        for (Event e : events.subList(0, 8)) {
            alerts.addAll(engine.process(e));
        }
        assertThat(alerts).isEmpty();
        alerts.addAll(engine.process(events.get(8)));
        assertThat(alerts).hasSize(1);
        Alert first = alerts.get(0);
        assertThat(first.ruleId()).isEqualTo("brute-force");
        assertThat(first.correlation()).isTrue();
        assertThat(first.level()).isEqualTo("high");
        assertThat(first.groupBy()).containsExactly(Map.entry("IpAddress", "203.0.113.9"));
        assertThat(first.events()).hasSize(5).isSortedAccordingTo((a, b) -> a.timestamp().compareTo(b.timestamp()));
        assertThat(first.time()).isEqualTo(events.get(8).timestamp());

        // the rest of the burst falls in the quiet timespan after each group's alert: no storm
        alerts.addAll(run(engine, events.subList(9, 24)));
        assertThat(alerts).extracting(a -> a.groupBy().get("IpAddress"))
                .containsExactly("203.0.113.9", "198.51.100.1");
        // once the timespan has passed, a new window fills and fires again
        alerts.addAll(run(engine, events.subList(24, 29)));
        assertThat(alerts).extracting(a -> a.groupBy().get("IpAddress"))
                .containsExactly("203.0.113.9", "198.51.100.1", "203.0.113.9");
        assertThat(alerts.get(2).time()).isEqualTo(events.get(28).timestamp());
        assertThat(alerts.get(2).events()).hasSize(5);
    }

    @Test
    void eventCountOnlyCountsInsideTheSlidingWindow() {
        DetectionEngine engine = engine("""
                title: Slow brute force
                correlation:
                  type: event_count
                  rules: failed-logon
                  group-by: [IpAddress]
                  timespan: 1m
                  condition: {gt: 2}
                """);
        assertThat(run(engine, List.of(failure(0, "a", "u"), failure(50, "a", "u"), failure(120, "a", "u"),
                failure(200, "a", "u")))).isEmpty();
        assertThat(engine.process(failure(230, "a", "u"))).isEmpty();
        assertThat(engine.process(failure(250, "a", "u"))).hasSize(1);
    }

    @Test
    void baseRulesStaySilentUnlessGenerate() {
        String correlation = """
                title: Brute force
                correlation:
                  type: event_count
                  rules: [failed_logon]
                  timespan: 5m
                  condition: {gte: 100}
                """;
        assertThat(engine(correlation).process(failure(0, "a", "u"))).isEmpty();
        List<Alert> generated = engine(correlation.replace("correlation:\n", "correlation:\n  generate: true\n"))
                .process(failure(0, "a", "u"));
        assertThat(generated).extracting(Alert::ruleId).containsExactly("failed-logon");
    }

    @Test
    void valueCountCountsDistinctValues() {
        DetectionEngine engine = engine("""
                title: Password spraying
                correlation:
                  type: value_count
                  rules: [failed_logon]
                  group-by: [IpAddress]
                  timespan: 10m
                  condition:
                    field: TargetUserName
                    gte: 3
                """);
        assertThat(run(engine, List.of(failure(0, "a", "bob"), failure(1, "a", "bob"), failure(2, "a", "BOB"),
                failure(3, "b", "eve"), failure(4, "b", "ann")))).isEmpty();
        List<Alert> alerts = engine.process(failure(5, "a", "ann"));
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).events()).hasSize(4);
        assertThat(engine.process(failure(6, "b", "joe"))).hasSize(1);
    }

    @Test
    void upperBoundIsJudgedWhenTheWindowCloses() {
        DetectionEngine engine = engine("""
                title: Few failures
                correlation:
                  type: event_count
                  rules: [failed_logon]
                  group-by: [IpAddress]
                  timespan: 1m
                  condition: {lt: 3}
                """);
        assertThat(run(engine, List.of(failure(0, "a", "u"), failure(10, "a", "u"), failure(20, "b", "u"),
                failure(21, "b", "u"), failure(22, "b", "u")))).isEmpty();
        List<Alert> alerts = engine.advanceTo(Fixtures.T0.plusSeconds(100));
        assertThat(alerts).extracting(a -> a.groupBy().get("IpAddress")).containsExactly("a");
        assertThat(alerts.get(0).events()).hasSize(2);
    }

    @Test
    void temporalNeedsEveryRuleWithinTheWindowAndOrderedNeedsTheirOrder() {
        String success = """
                title: Success
                name: logon_ok
                logsource: {product: windows, service: security}
                detection:
                  sel: {EventID: 4624}
                  condition: sel
                ---
                """;
        String correlation = """
                title: Failure then success
                correlation:
                  type: %s
                  rules: [failed_logon, logon_ok]
                  group-by: [TargetUserName]
                  timespan: 10m
                """;
        Event ok = event(SECURITY, 30, Map.of("EventID", 4624, "TargetUserName", "bob"));
        DetectionEngine ordered = new DetectionEngine(Fixtures.pack(FAILED_LOGON + success
                + correlation.formatted("temporal_ordered")));
        assertThat(ordered.process(ok)).isEmpty();
        assertThat(ordered.process(failure(40, "a", "bob"))).isEmpty();
        DetectionEngine temporal = new DetectionEngine(Fixtures.pack(FAILED_LOGON + success
                + correlation.formatted("temporal")));
        assertThat(temporal.process(ok)).isEmpty();
        assertThat(temporal.process(failure(40, "a", "bob"))).hasSize(1);
    }
}
