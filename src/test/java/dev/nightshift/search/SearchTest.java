package dev.nightshift.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import dev.nightshift.telemetry.Truth;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchTest {

    static final Instant T0 = Instant.parse("2026-03-03T08:00:00Z");
    static final LogSource SECURITY = LogSource.service("windows", "security");
    static final LogSource SYSMON = LogSource.category("windows", "process_creation");

    /** Ten logons and failures over 50 minutes, then two process creations, one an encoded PowerShell. */
    static LogStore store() {
        List<Event> events = new ArrayList<>();
        String[] users = {"c.veum", "j.smith", "c.veum", "a.khan", "c.veum", "j.smith", "c.veum", "b.ortiz", "c.veum",
                "a.khan"};
        for (int i = 0; i < users.length; i++) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("EventID", i % 3 == 0 ? 4624 : 4625);
            f.put("TargetUserName", users[i]);
            f.put("IpAddress", i % 2 == 0 ? "198.51.100.219" : "10.0.4." + (10 + i));
            f.put("LogonType", i % 4 == 0 ? 10 : 3);
            events.add(new Event(i, T0.plusSeconds(300L * i), SECURITY, i < 5 ? "RDS01" : "DC01", f,
                    i == 0 ? Truth.attack("spray", "T1110.003") : Truth.benign()));
        }
        Map<String, Object> ps = new LinkedHashMap<>();
        ps.put("EventID", 1);
        ps.put("Image", "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe");
        ps.put("CommandLine", "powershell.exe -nop -enc SQBFAFgA");
        ps.put("User", "HARBOUR\\c.veum");
        ps.put("Location", Map.of("countryOrRegion", "GB"));
        events.add(new Event(10, T0.plusSeconds(3000), SYSMON, "WS-0112", ps, Truth.benign()));
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("EventID", 1);
        note.put("Image", "C:\\Windows\\notepad.exe");
        note.put("CommandLine", "notepad.exe \"Q1 report.txt\"");
        note.put("User", "HARBOUR\\j.smith");
        events.add(new Event(11, T0.plusSeconds(3060), SYSMON, "WS-0140", note, Truth.benign()));
        return LogStore.of(events);
    }

    static final Instant NOW = T0.plusSeconds(3600);

    static SearchOutcome run(String query) {
        return Search.run(SearchParser.parse(query), store(), NOW, 100);
    }

    static List<Long> indexes(String query) {
        return run(query).events().stream().map(Event::index).toList();
    }

    @Test
    void theClauseCombinesFieldsWordsAndBooleans() {
        assertThat(indexes("EventID=4624")).containsExactly(0L, 3L, 6L, 9L);
        assertThat(indexes("EventID!=4625 EventID!=1")).containsExactly(0L, 3L, 6L, 9L);
        assertThat(indexes("TargetUserName=C.VEUM IpAddress=198.51.100.*")).containsExactly(0L, 2L, 4L, 6L, 8L);
        assertThat(indexes("TargetUserName=c.veum AND NOT IpAddress=198.*")).isEmpty();
        assertThat(indexes("TargetUserName=a.khan OR TargetUserName=b.ortiz")).containsExactly(3L, 7L, 9L);
        assertThat(indexes("(TargetUserName=a.khan OR TargetUserName=b.ortiz) EventID=4625")).containsExactly(7L);
        assertThat(indexes("NOT (EventID=4625 OR EventID=4624)")).containsExactly(10L, 11L);
        assertThat(indexes("LogonType>3")).containsExactly(0L, 4L, 8L);
        assertThat(indexes("LogonType<=3 EventID>=4625")).containsExactly(1L, 2L, 5L, 7L);
        assertThat(indexes("EventID<100")).containsExactly(10L, 11L);
        assertThat(indexes("-enc")).containsExactly(10L);
        assertThat(indexes("\"q1 REPORT\"")).containsExactly(11L);
        assertThat(indexes("CommandLine=\"notepad.exe \\\"Q1*\"")).containsExactly(11L);
        assertThat(indexes("Image=C:\\Windows\\*")).containsExactly(10L, 11L);
        assertThat(indexes("Location.countryOrRegion=gb")).containsExactly(10L);
        assertThat(indexes("host=rds01 source=windows:security")).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(indexes("source=*process_creation")).containsExactly(10L, 11L);
        assertThat(indexes("ws-01*")).containsExactly(10L, 11L);
        assertThat(indexes("Missing=*")).isEmpty();
        assertThat(indexes("Missing!=x")).hasSize(12);
    }

    @Test
    void timeBoundsCountBackFromTheClock() {
        // now is 09:00; events every 5 minutes from 08:00, the processes at 08:50 and 08:51
        assertThat(indexes("earliest=-15m")).containsExactly(9L, 10L, 11L);
        assertThat(indexes("earliest=-30m latest=-9m EventID=*")).containsExactly(6L, 7L, 8L, 9L, 10L);
        assertThat(indexes("earliest=08:20 latest=08:30")).containsExactly(4L, 5L);
        assertThat(indexes("earliest=2026-03-03T08:40:00 latest=\"2026-03-03 08:50:00\"")).containsExactly(8L, 9L);
        assertThat(indexes("earliest=03/03/2026:08:45:00 latest=now EventID=1")).containsExactly(10L, 11L);
        assertThat(indexes("earliest=-1h@h latest=-55m")).containsExactly(0L);
        assertThat(indexes("latest=0")).isEmpty();
    }

    @Test
    void aPlainSearchShowsTheLatestEventsOldestFirst() {
        SearchOutcome o = Search.run(SearchParser.parse("EventID=4625"), store(), NOW, 2);
        assertThat(o.matched()).isEqualTo(6);
        assertThat(o.total()).isEqualTo(6);
        assertThat(o.events()).extracting(Event::index).containsExactly(7L, 8L);
        assertThat(o.isTable()).isFalse();
    }

    @Test
    void statsCountsDistinctValuesAndNumbersByGroup() {
        SearchOutcome o = run("EventID=462* | stats count dc(TargetUserName) values(host) min(LogonType) max(LogonType)"
                + " avg(LogonType) sum(LogonType) by IpAddress | sort -count");
        assertThat(o.columns()).containsExactly("IpAddress", "count", "dc(TargetUserName)", "values(host)",
                "min(LogonType)", "max(LogonType)", "avg(LogonType)", "sum(LogonType)");
        assertThat(o.rows().get(0)).containsExactly("198.51.100.219", 5L, 1L, List.of("DC01", "RDS01"), 3.0, 10.0,
                (10 + 3 + 10 + 3 + 10) / 5.0, 36.0);
        assertThat(o.rows()).hasSize(6);
        assertThat(o.rows().subList(1, 6)).allSatisfy(r -> assertThat(r.get(1)).isEqualTo(1L));
        assertThat(o.rows().subList(1, 6)).extracting(r -> r.get(0))
                .containsExactly("10.0.4.11", "10.0.4.13", "10.0.4.15", "10.0.4.17", "10.0.4.19");
        assertThat(run("* | stats count as n").rows()).containsExactly(List.of(12L));
        assertThat(run("Missing=* | stats count").rows()).containsExactly(List.of(0L));
        assertThat(run("* | stats count by host TargetUserName | head 2").rows())
                .containsExactly(List.of("DC01", "a.khan", 1L), List.of("DC01", "b.ortiz", 1L));
    }

    @Test
    void tableSortHeadAndDedup() {
        SearchOutcome table = run("EventID=1 | table _time host User");
        assertThat(table.columns()).containsExactly("_time", "host", "User");
        assertThat(table.rows()).containsExactly(
                List.of(T0.plusSeconds(3060), "WS-0140", "HARBOUR\\j.smith"),
                List.of(T0.plusSeconds(3000), "WS-0112", "HARBOUR\\c.veum"));
        // the newest event of each user, shown oldest first
        assertThat(run("EventID=462* | dedup TargetUserName").events()).extracting(Event::index)
                .containsExactly(5L, 7L, 8L, 9L);
        assertThat(run("EventID=462* | head 3").events()).extracting(Event::index).containsExactly(7L, 8L, 9L);
        assertThat(run("EventID=462* | sort +TargetUserName -_time | head 4").events()).extracting(Event::index)
                .containsExactly(9L, 3L, 7L, 8L);
        assertThat(run("EventID=462* | sort 2 LogonType, -IpAddress").events()).extracting(Event::index)
                .containsExactly(6L, 2L);
    }

    @Test
    void topAndRareRankValuesWithTheirShare() {
        SearchOutcome top = run("EventID=462* | top limit=2 TargetUserName");
        assertThat(top.columns()).containsExactly("TargetUserName", "count", "percent");
        assertThat(top.rows()).containsExactly(List.of("c.veum", 5L, 50.0), List.of("a.khan", 2L, 20.0));
        assertThat(run("EventID=462* | rare TargetUserName").rows().get(0)).containsExactly("b.ortiz", 1L, 10.0);
    }

    @Test
    void timechartFillsEverySpanAndKeepsTheMostFrequentSeries() {
        SearchOutcome o = run("EventID=462* | timechart span=15m count by EventID");
        assertThat(o.columns()).containsExactly("_time", "4625", "4624");
        assertThat(o.rows()).containsExactly(
                List.of(T0, 2L, 1L),
                List.of(T0.plusSeconds(900), 2L, 1L),
                List.of(T0.plusSeconds(1800), 2L, 1L),
                List.of(T0.plusSeconds(2700), 0L, 1L));
        SearchOutcome other = run("EventID=462* | timechart span=30m limit=1 count by TargetUserName");
        assertThat(other.columns()).containsExactly("_time", "c.veum", "OTHER");
        assertThat(other.rows()).containsExactly(List.of(T0, 3L, 3L), List.of(T0.plusSeconds(1800), 2L, 2L));
        assertThat(run("* | timechart count").rows()).hasSize(52);
        LogStore day = LogStore.of(List.of(store().get(0), store().get(1).withIndex(1)));
        day.add(new Event(2, T0.plusSeconds(86_400), SECURITY, "DC01", Map.of("EventID", 4624), Truth.benign()));
        assertThatThrownBy(() -> Search.run(SearchParser.parse("* | timechart span=1s count"), day, NOW, 10))
                .isInstanceOf(BadSearchException.class).hasMessage("column 20: span=1s makes 86401 rows over these"
                        + " events, more than 10000; choose a longer span");
    }

    @Test
    void everyClauseGivesTheSameEventsThroughTheIndexAndOneByOne() {
        LogStore store = store();
        for (String q : List.of("EventID=4624", "c.veum NOT 198.*", "LogonType>=10 OR -enc", "GB", "*",
                "source=windows* host!=DC01", "\"Q1 report\" OR Location.countryOrRegion!=gb")) {
            SearchQuery query = SearchParser.parse(q);
            EventMatcher m = EventMatcher.of(query.filter());
            List<Long> oneByOne = store.events().stream().filter(m::matches).map(Event::index).toList();
            assertThat(Search.run(query, store, NOW, 100).events()).extracting(Event::index).as(q)
                    .containsExactlyElementsOf(oneByOne);
        }
    }
}
