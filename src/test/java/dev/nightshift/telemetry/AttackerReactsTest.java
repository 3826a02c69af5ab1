package dev.nightshift.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The attacker reacts where the scenario says so ({@code on_contained}): blocked at one address mid-stage, it comes
 * back from another after the delay and plays the stage again, the stages that take its address follow it there, and
 * once its tries are spent the containment holds.
 */
class AttackerReactsTest {

    private static final String SPRAY = """
            attack:
              stages:
                - id: spray
                  technique: T1110.003
                  at: 30m
                  actor: {ip: external}
                  target: {host: "role:remote-access", user: random}
                  emits: {kind: password-spray, attempts: 40, interval: 5s, logon_type: 3}
                  stopped_by: [ip]
                  on_contained:
                    ip: {after: 20m, times: %d}
                - id: valid-login
                  technique: T1078
                  after: spray
                  delay: 5m
                  actor: {ip: "stage:spray", user: "stage:spray"}
                  target: {host: "stage:spray"}
                  emits: {kind: remote-logon, logon_type: 10}
                  stopped_by: [ip, user, host]
            """;

    private static Scenario scenario(int times) throws Exception {
        return TestScenarios.of("4h", "", "", SPRAY.formatted(times), "");
    }

    /** Plays the stream, containing each address of the spray a few events after it first appears. */
    private static List<Event> blockingEachAddress(TelemetryStream stream, Set<String> blocked, List<Instant> when) {
        List<Event> out = new ArrayList<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        Containment containment = (kind, name) -> kind == EntityKind.IP && blocked.contains(name);
        for (Event e = stream.poll(Instant.MAX, containment); e != null; e = stream.poll(Instant.MAX, containment)) {
            out.add(e);
            if ("spray".equals(e.truth().stage()) && seen.merge(ip(e), 1, Integer::sum) == 10 && blocked.add(ip(e))) {
                when.add(e.timestamp());
            }
        }
        return out;
    }

    private static String ip(Event e) {
        return String.valueOf(e.fields().get("IpAddress"));
    }

    @Test
    void blockedMidSprayItComesBackFromAnotherAddressAndTheLogonFollowsIt() throws Exception {
        Scenario scenario = scenario(1);
        TelemetryStream untouched = TestScenarios.open(scenario, 3);
        List<Event> plain = TelemetryStreamTest.drain(untouched, Containment.NONE);
        String first = untouched.stages().get(0).entities().get(EntityKind.IP);

        TelemetryStream stream = TestScenarios.open(scenario, 3);
        Set<String> blocked = new HashSet<>();
        List<Instant> when = new ArrayList<>();
        List<Event> events = blockingEachAddress(stream, blocked, when);

        StageState spray = stream.stages().get(0);
        String second = spray.entities().get(EntityKind.IP);
        assertThat(second).isNotEqualTo(first);
        assertThat(spray.abandoned()).isEqualTo(Map.of(EntityKind.IP, List.of(first)));
        assertThat(spray.everyName(EntityKind.IP)).containsExactly(first, second);
        assertThat(blocked).as("both addresses were blocked in turn").containsExactlyInAnyOrder(first, second);
        assertThat(spray.status()).as("its one try spent, the second block holds").isEqualTo(StageState.Status.STOPPED);
        Instant back = events.stream().filter(e -> "spray".equals(e.truth().stage()) && ip(e).equals(second))
                .findFirst().orElseThrow().timestamp();
        assertThat(Duration.between(when.get(0), back)).isGreaterThanOrEqualTo(Duration.ofMinutes(20))
                .isLessThan(Duration.ofMinutes(21));
        assertThat(events).filteredOn(e -> "spray".equals(e.truth().stage()) && ip(e).equals(first)).hasSize(10);
        assertThat(stream.stages().get(1).status()).isEqualTo(StageState.Status.STOPPED);
        assertThat(plain).filteredOn(e -> "valid-login".equals(e.truth().stage())).isNotEmpty();
    }

    @Test
    void withTriesLeftTheLogonComesFromTheAddressTheSprayEndedOn() throws Exception {
        Scenario scenario = scenario(1);
        TelemetryStream stream = TestScenarios.open(scenario, 3);
        Set<String> blocked = new HashSet<>();
        String first = TestScenarios.open(scenario, 3).stages().get(0).entities().get(EntityKind.IP);
        // block only the first address: the spray comes back from another, finishes, and the logon uses that one
        Containment containment = (kind, name) -> kind == EntityKind.IP && blocked.contains(name);
        List<Event> events = new ArrayList<>();
        int fromFirst = 0;
        for (Event e = stream.poll(Instant.MAX, containment); e != null; e = stream.poll(Instant.MAX, containment)) {
            events.add(e);
            if ("spray".equals(e.truth().stage()) && ip(e).equals(first) && ++fromFirst == 10) {
                blocked.add(first);
            }
        }
        String second = stream.stages().get(0).entities().get(EntityKind.IP);
        assertThat(stream.stages().get(0).status()).isEqualTo(StageState.Status.DONE);
        assertThat(stream.stages().get(1).entities().get(EntityKind.IP)).isEqualTo(second);
        assertThat(events).filteredOn(e -> "valid-login".equals(e.truth().stage())).isNotEmpty()
                .allMatch(e -> !e.fields().containsValue(first));
    }

    @Test
    void theSameSeedAndContainmentsGiveTheSameReaction() throws Exception {
        Scenario scenario = scenario(2);
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            TelemetryStream stream = TestScenarios.open(scenario, 5);
            blockingEachAddress(stream, new HashSet<>(), new ArrayList<>());
            runs.add(stream.stages().get(0).everyName(EntityKind.IP).toString());
        }
        assertThat(runs.get(0)).isEqualTo(runs.get(1));
        assertThat(runs.get(0).split(",")).as("two tries: three addresses in all").hasSize(3);
    }

    @Test
    void aReactionNeedsAnIpOrUserThatStopsTheStage() {
        String onHost = SPRAY.formatted(1).replace("ip: {after: 20m, times: 1}", "host: {after: 20m}");
        assertThatThrownBy(() -> TestScenarios.of("4h", "", "", onHost, "")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("attack.stages[0].on_contained.host")
                .hasMessageContaining("use ip or user");
        String notStopping = SPRAY.formatted(1).replace("ip: {after: 20m, times: 1}", "user: {after: 20m}");
        assertThatThrownBy(() -> TestScenarios.of("4h", "", "", notStopping, "")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("needs user under stopped_by");
    }
}
