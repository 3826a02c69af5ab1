package dev.nightshift.telemetry;

import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scenario.Lookalike;
import dev.nightshift.scenario.NoiseSource;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.Stage;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.world.Host;
import dev.nightshift.world.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Opens the telemetry of a scenario in a world: its noise sources, look-alikes and attack stages merged into one stream. */
public final class Telemetry {

    private Telemetry() {
    }

    /**
     * The stream of {@code scenario} in {@code world}; each source and stage draws from its own named stream of
     * {@code streams} ({@code noise:<source>}, {@code lookalike:<kind>}, {@code stage:<id>}), so the same seed gives the same events.
     * Nothing is generated until the stream is polled, and only what is due next is held, so a run of any length needs constant memory.
     */
    public static TelemetryStream open(Scenario scenario, World world, RandomStreams streams) {
        Schedule schedule = new Schedule();
        Context context = new Context(world, schedule, scenario.start(), scenario.end(), streams);
        Map<String, Integer> seen = new HashMap<>();
        for (NoiseSource noise : scenario.noise()) {
            RandomStreams s = streams.child(name("noise:" + noise.source(), seen));
            NoiseSources.REGISTRY.get(noise.source()).start(context, noise, s);
        }
        for (Lookalike lookalike : scenario.lookalikes()) {
            RandomStreams s = streams.child(name("lookalike:" + lookalike.kind(), seen));
            Lookalikes.REGISTRY.get(lookalike.kind()).start(context, lookalike, s.stream("events"));
        }
        Map<String, Map<EntityKind, String>> entities = StageEntities.resolve(scenario.stages(), world, streams);
        StagePlans plans = new StagePlans(context, streams);
        Map<String, StagePlayer> players = new LinkedHashMap<>();
        for (Stage stage : scenario.stages()) {
            RandomStreams s = streams.child("stage:" + stage.id());
            players.put(stage.id(), new StagePlayer(stage, entities.get(stage.id()), schedule, plans, world,
                    s.stream("timing"), s.stream("events"), s.stream("spread"), s.stream("reactions")));
        }
        for (StagePlayer player : players.values()) {
            player.stage().entities().forEach((kind, ref) -> {
                if (ref.form() == dev.nightshift.scenario.EntityRef.Form.STAGE) {
                    players.get(ref.value()).lends(kind, player);
                }
            });
        }
        for (StagePlayer player : players.values()) {
            Stage stage = player.stage();
            player.origin(origin(context, player, stage.timing().isAfter() ? players.get(stage.timing().after()) : null));
            if (stage.timing().isAfter()) {
                players.get(stage.timing().after()).then(player);
            } else {
                player.startFrom(scenario.start());
            }
        }
        return new MergedStream(scenario.start(), scenario.end(), schedule, new ArrayList<>(players.values()));
    }

    private static Host origin(Context c, StagePlayer player, StagePlayer before) {
        if (before != null && before.entities().containsKey(EntityKind.HOST)) {
            Host host = c.world.host(before.entities().get(EntityKind.HOST)).orElse(null);
            if (host != null && !host.name().equals(player.entities().get(EntityKind.HOST))) {
                return host;
            }
        }
        String user = player.entities().get(EntityKind.USER);
        if (user != null) {
            return c.world.workstationOf(c.world.user(user).orElseThrow());
        }
        String host = player.entities().get(EntityKind.HOST);
        return host == null ? c.dnsServer : c.world.host(host).orElseThrow();
    }

    private static String name(String base, Map<String, Integer> seen) {
        int n = seen.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "#" + n;
    }
}
