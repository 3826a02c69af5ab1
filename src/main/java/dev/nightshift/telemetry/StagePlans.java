package dev.nightshift.telemetry;

import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scenario.Stage;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.world.Host;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import dev.nightshift.sim.SeededRandom;

/** The events an attack stage emits once it starts on one host, from the emitter its kind names, in time order. */
final class StagePlans implements java.io.Serializable {

    private final Context context;
    private final RandomStreams streams;

    StagePlans(Context context, RandomStreams streams) {
        this.context = context;
        this.streams = streams;
    }

    /** The stage's events on this run, in time order, the first at {@code start}; {@code origin} is where it comes from. */
    List<Event> plan(Stage stage, Map<EntityKind, String> entities, Host origin, Instant start, SeededRandom random) {
        Emission emission = new Emission(context, stage, entities, origin, start, random, streams);
        Emitters.REGISTRY.get(stage.emits().kind()).accept(emission);
        List<Event> out = emission.out;
        out.sort(Comparator.comparing(Event::timestamp));
        return out;
    }
}
