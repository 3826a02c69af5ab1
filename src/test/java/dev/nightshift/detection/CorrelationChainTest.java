package dev.nightshift.detection;

import static dev.nightshift.detection.Fixtures.SECURITY;
import static dev.nightshift.detection.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorrelationChainTest {

    private static final String LOGONS = Fixtures.FAILED_LOGON + """
            title: Successful logon
            id: successful-logon
            name: successful_logon
            logsource: {product: windows, service: security}
            detection:
              sel: {EventID: 4624}
              condition: sel
            ---
            """;

    private static List<Alert> run(DetectionEngine engine, List<Event> events) {
        List<Alert> alerts = new ArrayList<>();
        events.forEach(e -> alerts.addAll(engine.process(e)));
        return alerts;
    }

    private static Event logon(long seconds, int id, String user) {
        return event(SECURITY, seconds, Map.of("EventID", id, "TargetUserName", user));
    }

    @Test
    void aTemporalOrderedCorrelationChainsOnAnEventCountAndOnlyTheOuterOneAlerts() {
        DetectionEngine engine = new DetectionEngine(Fixtures.pack(LOGONS + """
                title: Many failed logons
                id: many-failed
                name: many_failed
                correlation:
                  type: event_count
                  rules: [failed_logon]
                  group-by: [TargetUserName]
                  timespan: 10m
                  condition: {gte: 3}
                ---
                title: Brute force then success
                id: brute-then-success
                level: high
                author: Nightshift tests
                correlation:
                  type: temporal_ordered
                  rules: [many_failed, successful_logon]
                  group-by: [TargetUserName]
                  timespan: 30m
                """));
        List<Alert> alerts = run(engine, List.of(logon(0, 4625, "bob"), logon(10, 4625, "bob"),
                logon(15, 4624, "alice"), logon(20, 4625, "bob"), logon(30, 4624, "bob")));

        assertThat(alerts).hasSize(1);
        Alert alert = alerts.get(0);
        assertThat(alert.ruleId()).isEqualTo("brute-then-success");
        assertThat(alert.groupBy()).containsExactly(Map.entry("TargetUserName", "bob"));
        assertThat(alert.events()).extracting(Event::index).containsExactly(0L, 10L, 20L, 30L);
        assertThat(alert.author()).isEqualTo("Nightshift tests");
    }

    @Test
    void aCycleOfCorrelationsIsAPositionedError() {
        List<String> errors = Fixtures.errors(LOGONS + """
                title: A
                name: a
                correlation: {type: event_count, rules: [b], timespan: 1m, condition: {gte: 1}}
                ---
                title: B
                name: b
                correlation: {type: event_count, rules: [a], timespan: 1m, condition: {gte: 1}}
                """);
        assertThat(errors).containsExactly(
                "bad.yml:19:42: the correlation references correlation 'b', which did not load",
                "bad.yml:23:42: the correlation references 'a', which leads back to this correlation: chained "
                        + "correlations must not form a cycle");
    }

    @Test
    void valueSumAverageAndPercentileJudgeANumericFieldOfTheWindow() {
        String transfer = """
                title: Upload
                id: upload
                name: upload
                logsource: {category: proxy}
                detection:
                  sel: {method: POST}
                  condition: sel
                ---
                title: Bulk upload
                id: bulk
                correlation:
                  type: %s
                  rules: [upload]
                  group-by: [src]
                  timespan: 1h
                  condition: {field: bytes, %s}
                """;
        LogSource proxy = new LogSource(null, "proxy", null);
        List<Event> events = new ArrayList<>();
        long[] sizes = {100, 200, 300, 10_000};
        for (int i = 0; i < sizes.length; i++) {
            events.add(event(proxy, i, Map.of("method", "POST", "src", "10.0.0.5", "bytes", sizes[i])));
        }
        assertThat(run(new DetectionEngine(Fixtures.pack(transfer.formatted("value_sum", "gte: 600"))), events))
                .extracting(a -> a.events().size()).containsExactly(3);
        assertThat(run(new DetectionEngine(Fixtures.pack(transfer.formatted("value_avg", "gt: 2000"))), events))
                .extracting(a -> a.events().size()).containsExactly(4);
        assertThat(run(new DetectionEngine(Fixtures.pack(transfer.formatted("value_percentile",
                "percentile: 50, gte: 200"))), events)).extracting(a -> a.events().size()).containsExactly(3);
        assertThat(WindowMeasure.percentile(new double[] {5, 1, 4, 2, 3}, 95)).isEqualTo(5);
        assertThat(WindowMeasure.percentile(new double[] {5, 1, 4, 2, 3}, 0)).isEqualTo(1);
        assertThat(Fixtures.errors(transfer.formatted("value_percentile", "gte: 200")))
                .containsExactly("bad.yml:16:14: a value_percentile condition needs a 'percentile' from 0 to 100");
    }

    @Test
    void impossibleTravelFiresWhenConsecutiveSignInsOfAUserImplyAnAirlinerBeatingSpeed() {
        DetectionEngine engine = new DetectionEngine(Fixtures.pack(LOGONS + """
                title: Impossible travel
                id: impossible-travel
                correlation:
                  type: impossible_travel
                  rules: [successful_logon]
                  group-by: [TargetUserName]
                  timespan: 24h
                  latitude: SourceLatitude
                  longitude: SourceLongitude
                  condition: {gt: 1000}
                """));
        Event paris = signIn(0, "bob", 48.8566, 2.3522);
        Event london = signIn(2 * 3600, "bob", 51.5074, -0.1278);
        Event sydney = signIn(3 * 3600, "bob", -33.8688, 151.2093);
        Event nowhere = event(SECURITY, 3 * 3600 + 60, Map.of("EventID", 4624, "TargetUserName", "bob"));
        Event aliceSydney = signIn(3 * 3600, "alice", -33.8688, 151.2093);

        assertThat(run(engine, List.of(paris, london, aliceSydney, nowhere))).isEmpty();
        List<Alert> alerts = engine.process(sydney);
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).events()).containsExactly(london, sydney);
        assertThat(ImpossibleTravel.distanceKm(48.8566, 2.3522, 51.5074, -0.1278)).isBetween(340.0, 345.0);
    }

    private static Event signIn(long seconds, String user, double lat, double lon) {
        return event(SECURITY, seconds, Map.of("EventID", 4624, "TargetUserName", user, "SourceLatitude", lat,
                "SourceLongitude", lon));
    }

    @Test
    void aliasesLetGroupByReadADifferentFieldPerRule() {
        DetectionEngine engine = new DetectionEngine(Fixtures.pack(LOGONS + """
                title: Failure then success from one address
                id: same-address
                correlation:
                  type: temporal
                  rules: [failed_logon, successful_logon]
                  group-by: [address]
                  timespan: 5m
                  aliases:
                    address: {failed_logon: IpAddress, successful_logon: SourceIp}
                """));
        assertThat(engine.process(event(SECURITY, 0, Map.of("EventID", 4625, "IpAddress", "203.0.113.9")))).isEmpty();
        List<Alert> alerts = engine.process(event(SECURITY, 5, Map.of("EventID", 4624, "SourceIp", "203.0.113.9")));
        assertThat(alerts).singleElement().satisfies(a -> assertThat(a.groupBy()).containsEntry("address", "203.0.113.9"));
    }

    @Test
    void expandReplacesPlaceholdersFromThePackAndRejectsUnknownOnes() {
        String rule = """
                title: Admin tool outside admin hosts
                id: admin-tool
                logsource: {product: windows, category: process_creation}
                detection:
                  sel: {Image|endswith: '\\\\psexec.exe'}
                  filter: {Computer|expand: '%admin_hosts%'}
                  condition: sel and not filter
                """;
        RulePack pack = RulePack.parse(List.of(new SigmaSource("p.yml", rule)),
                Map.of("admin_hosts", List.of("ADM01", "ADM-*")));
        assertThat(pack.errors()).isEmpty();
        DetectionEngine engine = new DetectionEngine(pack);
        assertThat(engine.process(event(Map.of("Image", "C:\\\\x\\\\psexec.exe", "Computer", "adm-07")))).isEmpty();
        assertThat(engine.process(event(Map.of("Image", "C:\\\\x\\\\psexec.exe", "Computer", "WS12")))).hasSize(1);

        assertThat(Fixtures.errors(rule)).containsExactly("bad.yml:6:29: placeholder '%admin_hosts%' of an 'expand' "
                + "value is not defined; this pack defines no placeholders");
    }
}
