package dev.nightshift.search;

import dev.nightshift.telemetry.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/** Runs a parsed search over a log store at a moment of the simulated clock. */
public final class Search {

    private Search() {
    }

    /**
     * Runs {@code query} over {@code store} as of {@code now} (relative times count back from it), keeping the
     * latest {@code limit} events or the first {@code limit} rows of a table. Bad input found only while running
     * (a timechart span making too many rows) is a {@link BadSearchException}, thrown before anything is spent.
     */
    public static SearchOutcome run(SearchQuery query, LogStore store, Instant now, int limit) {
        return run(query, store, now, limit, true);
    }

    /**
     * As {@link #run(SearchQuery, LogStore, Instant, int)}, but with {@code indexed} false it tests the events one by
     * one and leaves the store unindexed: the same answer ({@code ScanSearchTest}), cheaper for one search over logs
     * that were just read (a one-shot command on a long session), dearer for each search after.
     */
    public static SearchOutcome run(SearchQuery query, LogStore store, Instant now, int limit, boolean indexed) {
        if (indexed) {
            store.catchUp();
        }
        BitSet hits = indexed ? matching(query, store, now) : scanning(query, store, now);
        int matched = hits.cardinality();
        if (query.stages().isEmpty()) {
            List<Event> latest = new ArrayList<>(Math.min(limit, matched));
            for (int i = hits.length() - 1; i >= 0 && latest.size() < limit; i = hits.previousSetBit(i - 1)) {
                latest.add(store.get(i));
            }
            Collections.reverse(latest);
            return new SearchOutcome(matched, matched, latest, List.of(), List.of());
        }
        int[] positions = new int[matched];
        int at = 0;
        for (int i = hits.length() - 1; i >= 0; i = hits.previousSetBit(i - 1)) {
            positions[at++] = i;
        }
        List<Stage> stages = query.stages();
        Rows rows = indexed ? ColumnarStages.apply(stages.get(0), store, positions) : null;
        int next = 1;
        if (rows == null) {
            int keep = stages.get(0) instanceof Stage.Head head ? Math.min(head.count(), matched) : matched;
            List<Row> newestFirst = new ArrayList<>(keep);
            for (int i = 0; i < keep; i++) {
                newestFirst.add(new Row.EventRow(store.get(positions[i])));
            }
            rows = Rows.events(newestFirst);
            next = 0;
        }
        for (Stage stage : stages.subList(next, stages.size())) {
            rows = stage.apply(rows);
        }
        List<Row> all = rows.rows();
        List<Row> shown = all.subList(0, Math.min(limit, all.size()));
        if (rows.isEvents()) {
            List<Event> events = new ArrayList<>(shown.size());
            shown.forEach(r -> events.add(((Row.EventRow) r).event()));
            if (!rows.sorted()) {
                Collections.reverse(events);
            }
            return new SearchOutcome(matched, all.size(), events, List.of(), List.of());
        }
        List<List<Object>> cells = new ArrayList<>(shown.size());
        for (Row r : shown) {
            List<Object> line = new ArrayList<>(rows.columns().size());
            rows.columns().forEach(c -> line.add(r.get(c)));
            cells.add(Collections.unmodifiableList(line));
        }
        return new SearchOutcome(matched, all.size(), List.of(), rows.columns(), cells);
    }

    /** The events in the query's time bounds that its filter matches, each tested on its own. */
    private static BitSet scanning(SearchQuery query, LogStore store, Instant now) {
        Instant earliest = query.earliest() == null ? null : query.earliest().resolve(now);
        Instant latest = query.latest() == null ? null : query.latest().resolve(now);
        long lo = earliest == null ? Long.MIN_VALUE : earliest.toEpochMilli();
        long hi = latest == null ? Long.MAX_VALUE : latest.toEpochMilli();
        EventMatcher matcher = EventMatcher.of(query.filter());
        BitSet hits = new BitSet(store.size());
        for (int i = 0; i < store.size(); i++) {
            long t = store.time(i);
            if (t >= lo && t < hi && matcher.matches(store.get(i))) {
                hits.set(i);
            }
        }
        return hits;
    }

    private static BitSet matching(SearchQuery query, LogStore store, Instant now) {
        int from = 0;
        int to = store.size();
        Instant earliest = query.earliest() == null ? null : query.earliest().resolve(now);
        Instant latest = query.latest() == null ? null : query.latest().resolve(now);
        if (store.timeOrdered()) {
            from = earliest == null ? 0 : store.firstAtOrAfter(earliest);
            to = latest == null ? to : Math.max(from, store.firstAtOrAfter(latest));
        }
        BitSet hits = IndexedClause.evaluate(query.filter(), store, from, to);
        if (!store.timeOrdered() && (earliest != null || latest != null)) {
            long lo = earliest == null ? Long.MIN_VALUE : earliest.toEpochMilli();
            long hi = latest == null ? Long.MAX_VALUE : latest.toEpochMilli();
            for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
                long t = store.time(i);
                if (t < lo || t >= hi) {
                    hits.clear(i);
                }
            }
        }
        return hits;
    }
}
