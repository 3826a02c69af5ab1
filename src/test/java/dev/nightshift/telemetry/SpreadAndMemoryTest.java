package dev.nightshift.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Spreading stages reach more hosts until contained; a long run is streamed with a bounded number of pending steps. */
class SpreadAndMemoryTest {

    private static final String RANSOMWARE = """
            attack:
              stages:
                - id: encrypt
                  technique: T1486
                  at: 10m
                  actor: {user: random}
                  target: {host: workstation}
                  emits: {kind: encrypt-files, files: 50, per_minute: 300}
                  spread: {every: 5m, hosts: 2, limit: 9}
                  stopped_by: [host, user]
                - id: after
                  technique: T1490
                  after: encrypt
                  delay: 1m
                  actor: {user: "stage:encrypt"}
                  target: {host: "stage:encrypt"}
                  stopped_by: [host, user]
            """;

    static Set<String> encryptedHosts(List<Event> events) {
        return events.stream().filter(e -> "encrypt".equals(e.truth().stage())).map(Event::host).collect(Collectors.toSet());
    }

    @Test
    void uncontainedEncryptionSpreadsEveryFewMinutesUpToItsLimit() throws Exception {
        Scenario scenario = TestScenarios.of("2h", "", "", RANSOMWARE, "");
        TelemetryStream stream = TestScenarios.open(scenario, 4);
        List<Event> events = TelemetryStreamTest.drain(stream, Containment.NONE);

        assertThat(encryptedHosts(events)).hasSize(9);
        assertThat(stream.stages()).extracting(StageState::status).containsExactly(StageState.Status.DONE, StageState.Status.DONE);
    }

    @Test
    void isolatingTheFirstHostStopsOnlyItsPartAndDisablingTheUserStopsEverything() throws Exception {
        Scenario scenario = TestScenarios.of("2h", "", "", RANSOMWARE, "");
        TelemetryStream probe = TestScenarios.open(scenario, 4);
        List<Event> all = TelemetryStreamTest.drain(probe, Containment.NONE);
        String first = probe.stages().get(0).entities().get(EntityKind.HOST);
        String user = probe.stages().get(0).entities().get(EntityKind.USER);
        Instant start = all.stream().filter(e -> e.truth().isAttack()).findFirst().orElseThrow().timestamp();

        TelemetryStream isolated = TestScenarios.open(scenario, 4);
        List<Event> withHostContained = TelemetryStreamTest.drain(isolated, (kind, name) -> kind == EntityKind.HOST && name.equals(first));
        assertThat(encryptedHosts(withHostContained)).doesNotContain(first).isEmpty();
        assertThat(isolated.stages().get(1).status()).isEqualTo(StageState.Status.STOPPED);

        TelemetryStream disabled = TestScenarios.open(scenario, 4);
        Instant cutoff = start.plus(Duration.ofMinutes(7));
        List<Event> withUserDisabled = new java.util.ArrayList<>();
        for (Event e = disabled.poll(cutoff, Containment.NONE); e != null; e = disabled.poll(cutoff, Containment.NONE)) {
            withUserDisabled.add(e);
        }
        withUserDisabled.addAll(TelemetryStreamTest.drain(disabled, (kind, name) -> kind == EntityKind.USER && name.equals(user)));
        assertThat(encryptedHosts(withUserDisabled).size()).isBetween(1, 8);
        assertThat(withUserDisabled).noneMatch(e -> e.truth().isAttack() && e.timestamp().isAfter(cutoff));
        assertThat(disabled.stages()).extracting(StageState::status).containsExactly(StageState.Status.STOPPED, StageState.Status.STOPPED);
    }

    @Test
    void aWeekAtHighRateStreamsWithABoundedNumberOfPendingSteps() throws Exception {
        Scenario scenario = TestScenarios.of("7d", """
                - {source: sysmon, rate_per_hour: 60000, profile: flat, burst: 60}
                - {source: web-proxy, rate_per_hour: 60000, profile: flat, burst: 60}
                - {source: windows-logons, rate_per_hour: 30000, profile: flat}
                - {source: cloudtrail, rate_per_hour: 10000, profile: flat}
                """, "", "", "");
        MergedStream stream = (MergedStream) TestScenarios.open(scenario, 2);
        long count = 0;
        int earlyMax = 0;
        int lateMax = 0;
        for (Event e = stream.poll(stream.end().plusMillis(1), Containment.NONE); e != null && count < 2_000_000;
             e = stream.poll(stream.end().plusMillis(1), Containment.NONE)) {
            count++;
            if (count < 400_000) {
                earlyMax = Math.max(earlyMax, stream.pending());
            } else {
                lateMax = Math.max(lateMax, stream.pending());
            }
        }

        assertThat(count).isEqualTo(2_000_000);
        assertThat(lateMax).as("steps held after 400,000 events, against %d before", earlyMax).isLessThan(earlyMax * 3 / 2).isLessThan(50_000);
    }
}
