package dev.nightshift.game;

import dev.nightshift.search.BadSearchException;
import dev.nightshift.search.LogStore;
import dev.nightshift.search.Search;
import dev.nightshift.search.SearchOutcome;
import dev.nightshift.telemetry.Event;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What a log search found, with the query as typed: events, or the table its pipe commands made. */
public record SearchResult(String query, SearchOutcome outcome) {

    public SearchResult {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * Runs a search over a log store as of {@code now}; a search found bad only once run (a timechart span too fine
     * for its events) is bad input naming its column, and costs nothing.
     */
    public static SearchResult of(EventQuery query, LogStore store, Instant now, int limit) {
        return of(query, store, now, limit, true);
    }

    /** As {@link #of(EventQuery, LogStore, Instant, int)}; with {@code indexed} false the events are tested one by one. */
    static SearchResult of(EventQuery query, LogStore store, Instant now, int limit, boolean indexed) {
        try {
            return new SearchResult(query.text(), Search.run(query.query(), store, now, limit, indexed));
        } catch (BadSearchException e) {
            throw GameException.badInput("search: " + e.getMessage());
        }
    }

    /** How many events (or, for a table, rows) the search found, before the limit. */
    public int total() {
        return outcome.total();
    }

    /** The events shown: the latest ones oldest first, or the first in a sort's order; none for a table. */
    public List<Event> latest() {
        return outcome.events();
    }
}
