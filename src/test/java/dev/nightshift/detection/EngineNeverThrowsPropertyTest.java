package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import dev.nightshift.telemetry.Truth;
import java.math.BigDecimal;
import java.math.BigInteger;
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

/**
 * Random events of any shape (texts of any characters, every kind of number, booleans, nulls, lists, nested maps,
 * missing fields, repeated instants) through a pack that uses every modifier and every correlation type never make
 * the engine throw, and every alert it raises names a rule of the pack and carries events.
 */
class EngineNeverThrowsPropertyTest {

    private static final List<String> FIELDS = List.of("CommandLine", "Image", "User", "TargetUserName", "IpAddress",
            "EventID", "bytes", "UtcTime", "lat", "lon", "userIdentity");
    private static final List<LogSource> SOURCES = List.of(Fixtures.PROCESS, Fixtures.SECURITY,
            new LogSource(null, null, null), LogSource.service("windows", "sysmon"));
    private static final RulePack PACK = Fixtures.pack("""
            title: every modifier
            id: sink
            name: sink
            logsource: {product: windows}
            detection:
              a: {CommandLine|contains|all: ['-enc', 'x']}
              b: {Image|endswith: ['\\\\cmd.exe', '.ps1'], User|startswith: 'CORP\\\\'}
              c1: {IpAddress|cidr: ['10.0.0.0/8', '2001:db8::/32']}
              d: {CommandLine|base64offset|contains: 'iex'}
              e: {CommandLine|windash|contains: ' -nop '}
              f: {EventID: [4624, 4625], bytes|gt: 1000}
              g: {CommandLine|re|i: 'inv.ke'}
              h: {User|exists: true, TargetUserName|fieldref: User}
              i: {UtcTime|hour: [0, 1, 2], EventID|neq: 1}
              j: {CommandLine|utf16le|base64: 'ab'}
              k: {bytes|lte: 5.5, Image: null}
              l: {userIdentity.arn|contains: 'role'}
              m: {Image: 'C:\\\\*\\\\x?.exe', EventID: 1, User|cased: Admin}
              n: {'@timestamp|week': [1, 9, 53]}
              words: ['mimikatz', 'sekurlsa']
              condition: 1 of them or (a and not b) or all of c*
            ---
            title: anything on windows
            id: any
            name: any_windows
            logsource: {product: windows}
            detection:
              sel: {EventID|exists: true}
              condition: sel
            ---
            title: burst
            id: burst
            correlation: {type: event_count, rules: [sink], group-by: [User], timespan: 1m, condition: {gte: 2}}
            ---
            title: few
            id: few
            correlation: {type: event_count, rules: [any_windows], group-by: [User], timespan: 30s, condition: {lt: 2}}
            ---
            title: spread
            id: spread
            correlation: {type: value_count, rules: [any_windows], group-by: [User], timespan: 5m,
                          condition: {field: IpAddress, gte: 2}}
            ---
            title: order
            id: order
            correlation: {type: temporal_ordered, rules: [sink, any_windows], group-by: [User], timespan: 5m}
            ---
            title: together
            id: together
            correlation: {type: temporal, rules: [sink, any_windows], timespan: 5m}
            ---
            title: volume
            id: volume
            correlation: {type: value_sum, rules: [any_windows], group-by: [User], timespan: 5m,
                          condition: {field: bytes, gt: 100}}
            ---
            title: mean
            id: mean
            correlation: {type: value_avg, rules: [any_windows], timespan: 5m, condition: {field: bytes, gte: 0}}
            ---
            title: tail
            id: tail
            correlation: {type: value_percentile, rules: [any_windows], timespan: 5m,
                          condition: {field: bytes, percentile: 95, gt: 10}}
            ---
            title: travel
            id: travel
            correlation: {type: impossible_travel, rules: [any_windows], group-by: [User], timespan: 1h,
                          latitude: lat, longitude: lon, condition: {gt: 1000}}
            ---
            title: chained
            id: chained
            correlation: {type: event_count, rules: [burst], group-by: [User], timespan: 10m, condition: {gte: 2}}
            """);

    @Property(tries = 300)
    void randomEventsNeverMakeTheEngineThrow(@ForAll("streams") List<Map<String, Object>> fields,
                                             @ForAll("gaps") List<Integer> gaps,
                                             @ForAll("sourceIndexes") List<Integer> sources) {
        DetectionEngine engine = new DetectionEngine(PACK);
        DetectionEngine everyMatch = new DetectionEngine(PACK, true);
        Instant time = Instant.parse("2025-03-01T00:59:00Z");
        List<String> ids = PACK.rules().stream().map(SigmaRule::id).toList();
        for (int i = 0; i < fields.size(); i++) {
            time = time.plusMillis(gaps.get(i % gaps.size()));
            Event event = new Event(i, time, SOURCES.get(sources.get(i % sources.size())), "ws1", fields.get(i),
                    Truth.benign());
            List<Alert> alerts = new ArrayList<>(engine.process(event));
            alerts.addAll(everyMatch.process(event));
            assertThat(alerts).allSatisfy(alert -> assertThat(ids).contains(alert.ruleId()));
        }
        engine.advanceTo(time.plusSeconds(3600));
        everyMatch.advanceTo(Instant.MAX);
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> streams() {
        return event().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Integer>> gaps() {
        return Arbitraries.integers().between(0, 90_000).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Integer>> sourceIndexes() {
        return Arbitraries.integers().between(0, SOURCES.size() - 1).list().ofMinSize(1).ofMaxSize(8);
    }

    private static Arbitrary<Map<String, Object>> event() {
        Arbitrary<Object> value = Arbitraries.lazyOf(EngineNeverThrowsPropertyTest::scalar,
                () -> scalar().list().ofMaxSize(3).map(list -> (Object) list),
                () -> Combinators.combine(Arbitraries.of("arn", "type", "x"), scalar())
                        .as((k, v) -> (Object) mapOf(k, v)));
        return Combinators.combine(Arbitraries.of(FIELDS), value).as(EngineNeverThrowsPropertyTest::mapOf).list()
                .ofMaxSize(8).map(entries -> {
                    Map<String, Object> fields = new LinkedHashMap<>();
                    entries.forEach(fields::putAll);
                    return fields;
                });
    }

    private static Map<String, Object> mapOf(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }

    private static Arbitrary<Object> scalar() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30).map(s -> (Object) s),
                Arbitraries.of("C:\\Windows\\cmd.exe", "CORP\\Admin", "10.1.2.3", "2001:db8::1", "powershell -nop -enc x",
                        "2025-03-01T01:00:00Z", "2025-03-01 02:00:00.000", "mimikatz", "4625", "-", "", "1e400", "NaN",
                        "arn:aws:iam::1:role/x", "\u212Aelvin", "\uD800").map(s -> (Object) s),
                Arbitraries.integers().map(n -> (Object) n),
                Arbitraries.longs().map(n -> (Object) n),
                Arbitraries.doubles().map(n -> (Object) n),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 4625.0, 1e300, 91.0)
                        .map(n -> (Object) n),
                Arbitraries.bigIntegers().map(n -> (Object) n),
                Arbitraries.of(new BigInteger("123456789012345678901234567890"), new BigDecimal("1000.5"))
                        .map(n -> (Object) n),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
    }
}
