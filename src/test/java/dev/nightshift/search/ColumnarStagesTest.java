package dev.nightshift.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import dev.nightshift.telemetry.Truth;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipe commands read from the index's columns give the very table they give read from the events: the same
 * columns, rows, order and cell values of the same types, over a seeded stream and over events made to trip them
 * (values of mixed types, numbers whose texts coincide, names with dots, ties in the order).
 */
class ColumnarStagesTest {

    private static LogStore stream;

    @BeforeAll
    static void collect() throws Exception {
        stream = SearchWorkload.store(30_000);
        stream.catchUp();
    }

    private static final List<String> PIPES = List.of(
            "* | stats count by source",
            "* | stats count dc(host) values(EventID) by source",
            "* | stats count count(TargetUserName) dc(TargetUserName) min(EventID) max(EventID) avg(EventID)"
                    + " sum(EventID) by host source",
            "* | stats min(TargetUserName) max(TargetUserName) min(host) max(LogonType) avg(LogonType) by EventID",
            "* | stats count",
            "NoSuchField=* | stats count",
            "* | stats count by NoSuchField",
            "* | stats dc(NoSuchField) by source",
            "* | stats values(query) by c-ip",
            "* | stats count avg(sc-bytes) sum(sc-bytes) max(sc-bytes) by cs-host",
            "* | stats count by EventID LogonType TargetUserName",
            "EventID=4625 | stats count by IpAddress | sort -count | head 10",
            "* | top host",
            "* | top limit=0 EventID",
            "* | rare limit=5 source EventID",
            "* | top TargetUserName LogonType",
            "* | rare NoSuchField",
            "NOT EventID=4625 (host=WS-* OR host=SRV-*) | top TargetUserName",
            "source=*sysmon* | timechart span=1h count by EventID",
            "* | timechart count",
            "* | timechart span=30m limit=3 count by host",
            "* | timechart span=1d dc(host) avg(EventID) max(TargetUserName)",
            "* | timechart span=2h limit=0 dc(TargetUserName) by source",
            "* | timechart span=1h count by NoSuchField",
            "NoSuchField=x | timechart count",
            "* | stats count by _time",
            "* | timechart span=1h max(_time)");

    @Test
    void overASeededStreamTheColumnsGiveTheEventsTable() {
        Instant now = stream.get(stream.size() - 1).timestamp();
        int columnar = 0;
        for (String pipe : PIPES) {
            columnar += same(stream, pipe, now) ? 1 : 0;
        }
        assertThat(columnar).as("pipes the columns answered").isGreaterThanOrEqualTo(PIPES.size() - 3);
    }

    @Test
    void valuesOfMixedTypesCoincidingTextsAndDottedNamesGiveTheSameTables() {
        Instant t0 = Instant.parse("2026-03-03T08:00:00Z");
        LogSource src = LogSource.service("windows", "security");
        List<Event> events = new ArrayList<>();
        Object[] mixed = {3, "3", "03", 3L, 3.0, true, "x"};
        double[] doubles = {1.234, 1.2345, 2.0, -0.0, 0.0, 1e20, 7.5};
        for (int i = 0; i < 140; i++) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("mixed", mixed[i % mixed.length]);
            f.put("d", doubles[i % doubles.length]);
            f.put("n", i % 5 == 0 ? "03" : i % 5 == 1 ? "3" : String.valueOf(i % 7));
            f.put("b", i % 3 == 0);
            f.put("l", (long) i * 1_000_000_000L);
            if (i % 4 == 0) {
                f.put("a.b", "direct" + (i % 3));
            } else {
                f.put("a", Map.of("b", "nested" + (i % 2)));
            }
            f.put("u", i % 6 == 0 ? "Alice" : i % 6 == 1 ? "alice" : "bob");
            events.add(new Event(i, t0.plusSeconds(97L * i), src, i % 2 == 0 ? "WS-1" : "ws-1", f,
                    Truth.benign()));
        }
        LogStore store = LogStore.of(events);
        store.catchUp();
        Instant now = t0.plusSeconds(97L * 140);
        List<String> fromEvents = new ArrayList<>();
        for (String pipe : List.of("* | stats count by mixed", "* | stats dc(mixed) values(mixed) by host",
                "* | stats count min(d) max(d) sum(d) avg(d) dc(d) values(d) by n", "* | stats count by d",
                "* | top d", "* | top n", "* | rare u host", "* | stats count by a.b", "* | top b l",
                "* | stats sum(l) avg(l) by b", "* | timechart span=1h count by d",
                "* | timechart span=30m sum(d) by n", "* | timechart span=1h limit=1 count by u",
                "* | stats min(u) max(u) values(u) by host", "* | stats min(n) max(n) avg(n) by u")) {
            if (!same(store, pipe, now)) {
                fromEvents.add(pipe);
            }
        }
        assertThat(fromEvents).containsExactlyInAnyOrder("* | stats count by mixed",
                "* | stats dc(mixed) values(mixed) by host", "* | stats count by a.b");
    }

    /** Whether the columns answered the search's first command; either way its table is the events' own. */
    private static boolean same(LogStore store, String text, Instant now) {
        SearchQuery q = SearchParser.parse(text);
        Search.run(q, store, now, 1);
        BitSet hits = IndexedClause.evaluate(q.filter(), store, 0, store.size());
        int[] positions = new int[hits.cardinality()];
        List<Row> rows = new ArrayList<>();
        int at = 0;
        for (int i = hits.length() - 1; i >= 0; i = hits.previousSetBit(i - 1)) {
            positions[at++] = i;
            rows.add(new Row.EventRow(store.get(i)));
        }
        Stage first = q.stages().get(0);
        Rows fromColumns = ColumnarStages.apply(first, store, positions);
        Rows fromEvents = first.apply(Rows.events(rows));
        if (fromColumns == null) {
            return false;
        }
        assertThat(fromColumns.columns()).as(text).isEqualTo(fromEvents.columns());
        assertThat(fromColumns.sorted()).as(text).isEqualTo(fromEvents.sorted());
        assertThat(cells(fromColumns)).as(text).isEqualTo(cells(fromEvents));
        return true;
    }

    /** Each row's cells with their types, so that 3 and 3.0 and "3" differ. */
    private static List<List<String>> cells(Rows rows) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows.rows()) {
            List<String> line = new ArrayList<>();
            for (String c : rows.columns()) {
                Object v = r.get(c);
                line.add(v == null ? "null" : v.getClass().getSimpleName() + ":" + v);
            }
            out.add(line);
        }
        return out;
    }
}
