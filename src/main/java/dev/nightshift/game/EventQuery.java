package dev.nightshift.game;

import dev.nightshift.detection.Wildcard;
import dev.nightshift.telemetry.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A log search as a trainee types it: terms separated by spaces, all of which must hold. {@code field=value}
 * compares one field, {@code field!=value} excludes, and a bare word must appear in some field's value; values
 * are case-insensitive and {@code *} matches any run of characters, in one pass over each value (a {@link Wildcard}),
 * so no pattern can make a search slow. Field names are the log's own
 * ({@code TargetUserName}, {@code IpAddress}, {@code CommandLine}), {@code parent.child} for a nested one
 * ({@code Location.countryOrRegion}); {@code host} is the logging host.
 */
public final class EventQuery {

    private record Term(String field, Wildcard value, boolean negated) {
    }

    private final String text;
    private final List<Term> terms;

    private EventQuery(String text, List<Term> terms) {
        this.text = text;
        this.terms = terms;
    }

    /** Parses a query; an empty query or a term with an empty field or value is bad input. */
    public static EventQuery parse(String text) {
        List<Term> terms = new ArrayList<>();
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int ne = word.indexOf("!=");
            int eq = word.indexOf('=');
            if (ne > 0) {
                terms.add(new Term(word.substring(0, ne), glob(word.substring(ne + 2), word), true));
            } else if (eq > 0) {
                terms.add(new Term(word.substring(0, eq), glob(word.substring(eq + 1), word), false));
            } else if (eq == 0 || ne == 0) {
                throw GameException.badInput("'" + word + "' names no field: write field=value, e.g. IpAddress=203.0.113.9");
            } else {
                terms.add(new Term(null, glob("*" + word + "*", word), false));
            }
        }
        if (terms.isEmpty()) {
            throw GameException.badInput("search needs at least one term, e.g. search TargetUserName=j.smith EventID=4625");
        }
        return new EventQuery(text.trim(), List.copyOf(terms));
    }

    public String text() {
        return text;
    }

    /** Whether the event satisfies every term. */
    public boolean matches(Event event) {
        for (Term term : terms) {
            boolean hit = term.field() == null ? anyField(event, term.value()) : field(event, term);
            if (hit == term.negated()) {
                return false;
            }
        }
        return true;
    }

    private static boolean field(Event event, Term term) {
        Object value = "host".equalsIgnoreCase(term.field()) ? event.host() : AlertSubject.value(event, term.field());
        return value != null && term.value().matches(String.valueOf(value));
    }

    private static boolean anyField(Event event, Wildcard value) {
        if (event.host() != null && value.matches(event.host())) {
            return true;
        }
        for (Map.Entry<String, Object> field : event.fields().entrySet()) {
            if (field.getValue() != null && value.matches(String.valueOf(field.getValue()))) {
                return true;
            }
        }
        return false;
    }

    private static Wildcard glob(String value, String word) {
        if (value.isEmpty()) {
            throw GameException.badInput("'" + word + "' has no value: write field=value, or field=* for any value");
        }
        return Wildcard.of(value);
    }
}
