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
import org.junit.jupiter.api.Test;

/**
 * Searches that the word index answers find exactly the events a test of every event finds ({@link EventMatcher}):
 * words inside longer words, runs broken by punctuation, case folded from characters outside ASCII, and values
 * arriving after the index was first built.
 */
class WordIndexTest {

    private static final List<String> SEARCHES = List.of("powershell", "-enc", "\"q1 report\"", "WINDOWS",
            "CommandLine=*downloadstring*", "CommandLine=*POWERSHELL*-nop*", "query=*.com", "Image=*\\\\notepad.exe",
            "kelvin", "straße", "strasse", "istanbul", "exe", "system32", "nosuchwordanywhere", "*abc*def*",
            "TargetUserName=*admin*", "host=*ws*", "svc OR powershell", "NOT powershell", "http*://*", "abc", "c123d", "ABC123", "3f6e", "*def");

    @Test
    void aSeededStreamFindsWhatEveryEventSays() throws Exception {
        LogStore store = SearchWorkload.store(20_000);
        store.catchUp();
        for (String search : SEARCHES) {
            assertSame(store, search);
        }
    }

    @Test
    void caseFoldingCharactersAndLateArrivalsAreFound() {
        Instant t0 = Instant.parse("2026-03-03T08:00:00Z");
        LogSource src = LogSource.service("windows", "security");
        LogStore store = new LogStore();
        String[] values = {"\u212Aelvin rules", "KELVIN", "Stra\u00dfe", "\u0130stanbul office", "ıstanbul",
                "abcXdef", "abc-def", "id abc123def", "run powershell.exe -enc AAA", "WindowsPowerShell\\v1.0", "q1 report.txt"};
        for (int i = 0; i < values.length; i++) {
            store.add(event(i, t0.plusSeconds(i), src, values[i]));
            if (i == 4) {
                store.catchUp();
            }
        }
        store.catchUp();
        for (String search : SEARCHES) {
            assertSame(store, search);
        }
        assertThat(hits(store, "kelvin").cardinality()).isEqualTo(2);
    }

    private static Event event(int i, Instant at, LogSource src, String value) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("CommandLine", value);
        f.put("Note", List.of(value, "x"));
        return new Event(i, at, src, "WS-" + i, f, Truth.benign());
    }

    private static void assertSame(LogStore store, String search) {
        EventMatcher matcher = EventMatcher.of(SearchParser.parse(search).filter());
        BitSet expected = new BitSet();
        for (int i = 0; i < store.size(); i++) {
            if (matcher.matches(store.get(i))) {
                expected.set(i);
            }
        }
        assertThat(hits(store, search)).as(search).isEqualTo(expected);
    }

    private static BitSet hits(LogStore store, String search) {
        return IndexedClause.evaluate(SearchParser.parse(search).filter(), store, 0, store.size());
    }
}
