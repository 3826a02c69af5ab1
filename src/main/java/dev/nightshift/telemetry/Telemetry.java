package dev.nightshift.telemetry;

import dev.nightshift.scenario.Lookalike;
import dev.nightshift.scenario.NoiseSource;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.Stage;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.scenario.EntityKind;
import dev.nightshift.world.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Opens the telemetry of a scenario in a world: its noise sources, look-alikes and attack stages merged into one stream. */
public final class Telemetry {

    private Telemetry() {
    }

    /**
     * The stream of {@code scenario} in {@code world}; each source and stage draws from its own named stream of
     * {@code streams} ({@code noise:<source>}, {@code lookalike:<kind>}, {@code stage:<id>}), so the same seed gives the same events.
     */
    public static TelemetryStream open(Scenario scenario, World world, RandomStreams streams) {
        Instant start = scenario.start();
        Instant end = scenario.end();
        Schedule schedule = new Schedule();
        Windows windows = new Windows(world);
        Map<String, Integer> seen = new HashMap<>();
        for (NoiseSource noise : scenario.noise()) {
            RandomStreams s = streams.child(name("noise:" + noise.source(), seen));
            Arrivals arrivals = new Arrivals(noise.ratePerHour(), noise.profile(), world.timeZone(), world.businessHours(),
                    s.stream("arrivals"));
            switch (noise.source()) {
                case "windows-logons" -> new WindowsLogonNoise(windows, schedule, arrivals, s.stream("events"), end).start(start);
                case "linux-sshd" -> new SshdNoise(world, schedule, arrivals, s.stream("events"), end).start(start);
                default -> throw new IllegalArgumentException("no generator for noise source " + noise.source());
            }
        }
        for (Lookalike lookalike : scenario.lookalikes()) {
            RandomStreams s = streams.child(name("lookalike:" + lookalike.kind(), seen));
            new PasswordTypos(windows, schedule, s.stream("events")).start(lookalike, start, end);
        }
        Map<String, Map<EntityKind, String>> entities = StageEntities.resolve(scenario.stages(), world, streams);
        StagePlans plans = new StagePlans(windows, streams);
        Map<String, StagePlayer> players = new LinkedHashMap<>();
        for (Stage stage : scenario.stages()) {
            RandomStreams s = streams.child("stage:" + stage.id());
            StagePlayer player = new StagePlayer(stage, entities.get(stage.id()), schedule, plans,
                    s.stream("timing"), s.stream("events"));
            players.put(stage.id(), player);
            if (stage.timing().isAfter()) {
                players.get(stage.timing().after()).then(player);
            } else {
                player.startFrom(start);
            }
        }
        return new MergedStream(start, end, schedule, new ArrayList<>(players.values()));
    }

    private static String name(String base, Map<String, Integer> seen) {
        int n = seen.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "#" + n;
    }
}
