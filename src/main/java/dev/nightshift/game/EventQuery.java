package dev.nightshift.game;

import dev.nightshift.search.BadSearchException;
import dev.nightshift.search.EventMatcher;
import dev.nightshift.search.SearchParser;
import dev.nightshift.search.SearchQuery;
import dev.nightshift.telemetry.Event;

/**
 * A log search as a trainee types it, in the search language of {@code docs/search.md} ({@link SearchParser}):
 * {@code field=value}, {@code !=}, wildcards, numeric comparisons, phrases, words, {@code AND}/{@code OR}/{@code NOT},
 * {@code earliest=}/{@code latest=}, and pipes. A mistake is bad input naming its column
 * ({@code search: column 17: expected a value after '='}); the text as typed is what the journal keeps.
 */
public final class EventQuery {

    private final String text;
    private final SearchQuery query;
    private final EventMatcher matcher;

    private EventQuery(String text, SearchQuery query) {
        this.text = text;
        this.query = query;
        this.matcher = EventMatcher.of(query.filter());
    }

    /** Parses a whole search; a mistake is bad input naming the column, prefixed {@code search: }. */
    public static EventQuery parse(String text) {
        return parse(text, "search");
    }

    /**
     * Parses a filter that tests events one by one ({@code triage --where}, a playbook's): a clause without pipes or
     * time bounds; {@code label} names it in messages.
     */
    public static EventQuery filter(String text, String label) {
        EventQuery q = parse(text, label);
        if (!q.query.isPlainFilter()) {
            throw GameException.badInput(label + ": '" + text.trim() + "' is a filter of events: give only terms"
                    + " (field=value, words, AND, OR, NOT), no pipes and no earliest= or latest=");
        }
        return q;
    }

    private static EventQuery parse(String text, String label) {
        String trimmed = text.strip();
        try {
            return new EventQuery(trimmed, SearchParser.parse(text));
        } catch (BadSearchException e) {
            throw GameException.badInput(label + ": " + e.getMessage());
        }
    }

    public String text() {
        return text;
    }

    public SearchQuery query() {
        return query;
    }

    /** Whether the event satisfies the clause (pipes and time bounds play no part here). */
    public boolean matches(Event event) {
        return matcher.matches(event);
    }
}
