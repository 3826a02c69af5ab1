package dev.nightshift.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A search that tests the events one by one (what a one-shot command on a long session runs) answers exactly what
 * the indexed search answers, for the benchmark's queries and for each operator of the language, pipes included.
 */
class ScanSearchTest {

    static final List<String> MORE = List.of(
            "EventID!=4624", "EventID>4600 EventID<=4700", "host=ws-*", "Image=*\\\\powershell.exe",
            "\"Security\"", "logon", "NOT logon", "EventID=4625 OR EventID=4624 | stats count by EventID, host",
            "earliest=-30m latest=-5m | stats count", "source=windows:security | head 3",
            "TargetUserName=* | dedup host | table host TargetUserName | sort host",
            "* | top host", "EventID=1 | stats min(ProcessId) max(ProcessId) avg(ProcessId) by User",
"IpAddress=10.* | rare IpAddress", "EventID=4625 | timechart span=10m count",
            "cs-host=* | sort -sc-bytes | head 4 | table cs-host sc-bytes");

    private static LogStore indexed;
    private static LogStore unindexed;
    private static Instant now;

    @BeforeAll
    static void collect() throws Exception {
        indexed = SearchWorkload.store(30_000);
        unindexed = SearchWorkload.store(30_000);
        now = indexed.get(indexed.size() - 1).timestamp();
    }

    @Test
    void scanningAnswersWhatTheIndexAnswers() {
        List<String> queries = new ArrayList<>(SearchWorkload.QUERIES);
        queries.addAll(MORE);
        int matchedSomething = 0;
        for (String q : queries) {
            SearchQuery query = SearchParser.parse(q);
            SearchOutcome byIndex = Search.run(query, indexed, now, 20, true);
            SearchOutcome byScan = Search.run(query, unindexed, now, 20, false);
            assertThat(byScan).as(q).isEqualTo(byIndex);
            matchedSomething += byIndex.matched() > 0 ? 1 : 0;
        }
        assertThat(matchedSomething).as("queries that match something").isGreaterThan(queries.size() * 2 / 3);
    }
}
