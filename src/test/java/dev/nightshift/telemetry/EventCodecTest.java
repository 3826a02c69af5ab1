package dev.nightshift.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.world.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The runs of events a shift's snapshot keeps: any events come back equal (field order, value types, nested maps and
 * lists, truth), the generators' real events too, and damaged bytes are refused with IllegalArgumentException only.
 */
class EventCodecTest {

    @Property(tries = 200)
    void anyEventsComeBackEqual(@ForAll("events") List<Event> events) {
        List<Event> back = EventCodec.decode(EventCodec.encode(events));
        assertThat(back).isEqualTo(events);
        for (int i = 0; i < events.size(); i++) {
            assertThat(List.copyOf(back.get(i).fields().keySet())).isEqualTo(List.copyOf(events.get(i).fields().keySet()));
            Map<String, Object> original = events.get(i).fields();
            back.get(i).fields().forEach((name, value) -> assertThat(kind(value)).isEqualTo(kind(original.get(name))));
        }
    }

    @Property(tries = 300)
    void damagedBytesAreRefusedAsSuch(@ForAll("events") List<Event> events, @ForAll int where, @ForAll byte with) {
        byte[] bytes = EventCodec.encode(events);
        bytes[Math.floorMod(where, bytes.length)] ^= (byte) (with == 0 ? 1 : with);
        Throwable thrown = catchThrowable(() -> EventCodec.decode(bytes));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property(tries = 40)
    void aFieldOfManyValuesOutgrowsItsDictionary(@ForAll @net.jqwik.api.constraints.IntRange(min = 2, max = 900) int distinct,
                                                 @ForAll long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("IpPort", Integer.toString(random.nextInt(distinct)));
            fields.put("Channel", i % 3 == 0 ? "Security" : "System");
            fields.put("Nested", Map.of("IpPort", Integer.toString(random.nextInt(distinct))));
            events.add(new Event(i, Instant.ofEpochMilli(i), LogSource.service("windows", "security"), "H" + (i % 7),
                    fields, Truth.benign()));
        }
        assertThat(EventCodec.decode(EventCodec.encode(events))).isEqualTo(events);
    }

    @Test
    void aShiftsRealEventsComeBackEqual() throws Exception {
        var scenario = ScenarioLibrary.bundled().load("ransomware-3am");
        RandomStreams streams = new RandomStreams(5);
        TelemetryStream stream = Telemetry.open(scenario, World.build(scenario, streams), streams);
        List<Event> events = new ArrayList<>();
        Event event;
        while (events.size() < 20_000 && (event = stream.poll(stream.end(), Containment.NONE)) != null) {
            events.add(event);
        }
        byte[] bytes = EventCodec.encode(events);
        assertThat(EventCodec.decode(bytes)).isEqualTo(events);
        assertThat(bytes.length).as("compact: a run is a small part of the events' JSON").isLessThan(events.size() * 120);
    }

    /** A value's type as a reader sees it: a number stays the same kind of number. */
    private static String kind(Object value) {
        return value == null ? "null" : value instanceof Map ? "map" : value instanceof List ? "list"
                : value.getClass().getName();
    }

    @Provide
    Arbitrary<List<Event>> events() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(30);
        Arbitrary<Object> scalar = Arbitraries.oneOf(text.map(s -> (Object) s), Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l), Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b));
        Arbitrary<Object> nested = Arbitraries.oneOf(scalar,
                Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8), scalar).ofMaxSize(3)
                        .map(m -> (Object) new LinkedHashMap<>(m)),
                scalar.list().ofMaxSize(3).map(l -> (Object) l));
        Arbitrary<Map<String, Object>> fields = Arbitraries.maps(Arbitraries.of("EventID", "Image", "CommandLine",
                "User", "host name", "Threat Name", "src_ip", "x"), nested).ofMaxSize(8).map(LinkedHashMap::new);
        Arbitrary<Truth> truth = Arbitraries.oneOf(Arbitraries.just(Truth.benign()),
                text.filter(s -> !s.isEmpty()).map(Truth::lookalike),
                Combinators.combine(text, text).as(Truth::attack));
        Arbitrary<LogSource> source = Arbitraries.of(LogSource.service("windows", "security"),
                LogSource.category("windows", "process_creation"), new LogSource(null, "proxy", null));
        Arbitrary<Event> event = Combinators.combine(Arbitraries.longs().between(0, Long.MAX_VALUE),
                Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L), Arbitraries.integers().between(0, 999_999_999),
                source, text.injectNull(0.2), fields, truth)
                .as((index, seconds, nanos, logsource, host, f, t) -> new Event(index, Instant.ofEpochSecond(seconds, nanos),
                        logsource, host, f, t));
        return event.list().ofMaxSize(12);
    }
}
