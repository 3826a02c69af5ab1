package dev.nightshift.telemetry;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.world.World;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds small scenarios in memory (written to a temporary file) for telemetry tests. */
final class TestScenarios {

    private TestScenarios() {
    }

    /** A scenario of {@code duration} from a Tuesday 08:00 London with the given noise, look-alikes and attack YAML blocks. */
    static Scenario of(String duration, String noise, String lookalikes, String attack, String organisationExtra) throws Exception {
        String yaml = """
                id: test
                title: Test
                summary: A test.
                difficulty: easy
                roles: [analyst]
                duration: %s
                start: 2026-03-10T08:00:00Z
                seed: 1
                briefing: Test.
                organisation:
                  name: Test Ltd
                  domain: test.local
                  users: 40
                  linux_servers: 2
                  time_zone: Europe/London
                  business_hours: "08:00-18:00"
                %s
                noise:
                %s
                lookalikes:
                %s
                %s
                answer_key: {escalate: [], contain: []}
                scoring: {accuracy: 25, containment: 25, response: 25, fatigue: 25}
                """.formatted(duration, organisationExtra.indent(2).stripTrailing(), noise.isEmpty() ? "  []" : noise.indent(2).stripTrailing(),
                lookalikes.isEmpty() ? "  []" : lookalikes.indent(2).stripTrailing(), attack);
        Path file = Files.createTempFile("nightshift-test", ".yml");
        try {
            Files.writeString(file, yaml.replace("noise:\n  []", "noise: []").replace("lookalikes:\n  []", "lookalikes: []"), StandardCharsets.UTF_8);
            return ScenarioLibrary.bundled().load(file.toString());
        } finally {
            Files.delete(file);
        }
    }

    static TelemetryStream open(Scenario scenario, long seed) {
        RandomStreams streams = new RandomStreams(seed);
        return Telemetry.open(scenario, World.build(scenario, streams), streams);
    }

    static List<Event> all(Scenario scenario, long seed) {
        return TelemetryStreamTest.drain(open(scenario, seed), Containment.NONE);
    }
}
