package dev.nightshift.search;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.telemetry.Containment;
import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.Telemetry;
import dev.nightshift.telemetry.TelemetryStream;
import dev.nightshift.world.World;
import java.time.Duration;
import java.util.List;

/**
 * A session's collected logs at scale for the search benchmark: the first {@code n} events of a seeded
 * phishing-macro-c2 stream played for weeks (Windows Security, Sysmon, proxy, DNS, mail, sign-ins), and the searches
 * an analyst types over them.
 */
final class SearchWorkload {

    static final String SCENARIO = "phishing-macro-c2";

    /** Pivots, counts and hunts, from a single field lookup to a full-text word over every field. */
    static final List<String> QUERIES = List.of(
            "EventID=4625",
            "EventID=4625 | stats count by IpAddress | sort -count | head 10",
            "powershell",
            "earliest=-2h EventID=4624 LogonType=3 | table _time host TargetUserName IpAddress",
            "source=*sysmon* | timechart span=1h count by EventID",
            "NOT EventID=4625 (host=WS-* OR host=SRV-*) | top TargetUserName",
            "TargetUserName=a* | dedup TargetUserName | table TargetUserName host",
            "* | stats count dc(host) by source",
            "\"-enc\" OR CommandLine=*downloadstring* | stats values(host) by User",
            "query=*.com earliest=-1d | rare query",
            "EventID=3 DestinationPort>=1024 DestinationPort<49152 | stats count avg(DestinationPort) by Image",
            "cs-host=* | stats dc(cs-host) max(sc-bytes) by c-ip | sort -dc(cs-host) | head 5");

    private SearchWorkload() {
    }

    static LogStore store(int n) throws dev.nightshift.scenario.ScenarioException {
        Scenario s = ScenarioLibrary.bundled().load(SCENARIO);
        Scenario weeks = s.at(s.start(), Duration.ofDays(3650));
        RandomStreams streams = new RandomStreams(7);
        TelemetryStream stream = Telemetry.open(weeks, World.build(weeks, streams), streams);
        LogStore store = new LogStore();
        for (int i = 0; i < n; i++) {
            Event e = stream.poll(stream.end(), Containment.NONE);
            if (e == null) {
                break;
            }
            store.add(e);
        }
        return store;
    }

    /** Times each query over a million events: a quick look, the JMH benchmark gives the figures. */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long t0 = System.nanoTime();
        LogStore store = store(n);
        long t1 = System.nanoTime();
        store.catchUp();
        long t2 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("%d events generated in %d ms, indexed in %d ms; %d distinct strings, index %d MB, heap %d MB%n",
                store.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, store.strings().size(),
                store.indexBytes() >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20);
        java.time.Instant now = store.get(store.size() - 1).timestamp();
        for (int round = 0; round < 3; round++) {
            for (String q : QUERIES) {
                SearchQuery query = SearchParser.parse(q);
                long a = System.nanoTime();
                SearchOutcome o = Search.run(query, store, now, 20);
                long b = System.nanoTime();
                if (round == 2) {
                    System.out.printf("%6d ms  %8d matched %8d rows  %s%n", (b - a) / 1_000_000, o.matched(), o.total(), q);
                }
            }
        }
    }
}
