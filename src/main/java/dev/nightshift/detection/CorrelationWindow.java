package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The running state of one correlation rule: per group-by key, the matches of its referenced rules in the window.
 * A condition with a lower bound is judged as each match arrives, over a window sliding back {@code timespan}
 * from it; a condition with only upper bounds is judged when the window opened by a group's first match closes.
 * After it fires, a group starts afresh.
 */
final class CorrelationWindow {

    static final int MAX_EVENTS = 50;

    private record Hit(Event event, int rule) {
    }

    private record Deadline(Instant at, List<String> key) {
    }

    private final CompiledCorrelation correlation;
    private final CorrelationSpec spec;
    private final FieldPath[] groupBy;
    private final FieldPath field;
    private final boolean judgedAtEnd;
    private final Map<List<String>, ArrayDeque<Hit>> groups = new HashMap<>();
    private final PriorityQueue<Deadline> deadlines = new PriorityQueue<>((a, b) -> a.at().compareTo(b.at()));

    CorrelationWindow(CompiledCorrelation correlation) {
        this.correlation = correlation;
        this.spec = correlation.spec();
        this.groupBy = spec.groupBy().stream().map(FieldPath::new).toArray(FieldPath[]::new);
        this.field = spec.field() == null ? null : new FieldPath(spec.field());
        this.judgedAtEnd = spec.condition() != null && spec.condition().judgedAtWindowEnd();
    }

    boolean judgedAtEnd() {
        return judgedAtEnd;
    }

    /** Records that the referenced rule at {@code rule} matched the event; returns the alert it raised, or null. */
    Alert add(Event event, int rule) {
        List<String> key = key(event);
        if (key == null) {
            return null;
        }
        ArrayDeque<Hit> hits = groups.computeIfAbsent(key, k -> new ArrayDeque<>());
        boolean counting = spec.type() == CorrelationSpec.Type.EVENT_COUNT || spec.type() == CorrelationSpec.Type.VALUE_COUNT;
        if (counting && !hits.isEmpty() && hits.peekLast().event() == event) {
            return null;
        }
        if (judgedAtEnd) {
            if (hits.isEmpty()) {
                deadlines.add(new Deadline(event.timestamp().plus(spec.timespan()), key));
            }
            hits.addLast(new Hit(event, rule));
            return null;
        }
        Instant oldest = event.timestamp().minus(spec.timespan());
        while (!hits.isEmpty() && hits.peekFirst().event().timestamp().isBefore(oldest)) {
            hits.pollFirst();
        }
        hits.addLast(new Hit(event, rule));
        if (!satisfied(hits)) {
            return null;
        }
        groups.remove(key);
        return alert(hits, key, event.timestamp());
    }

    /** Closes the windows that ended before {@code now} and adds the alerts of those that met the condition. */
    List<Alert> expire(Instant now, List<Alert> alerts) {
        while (!deadlines.isEmpty() && deadlines.peek().at().isBefore(now)) {
            Deadline deadline = deadlines.poll();
            ArrayDeque<Hit> hits = groups.remove(deadline.key());
            if (hits != null && satisfied(hits)) {
                alerts = alerts == null ? new ArrayList<>() : alerts;
                alerts.add(alert(hits, deadline.key(), hits.peekLast().event().timestamp()));
            }
        }
        return alerts;
    }

    private List<String> key(Event event) {
        if (groupBy.length == 0) {
            return List.of();
        }
        String[] values = new String[groupBy.length];
        for (int i = 0; i < groupBy.length; i++) {
            Object value = groupBy[i].get(event);
            if (value == null) {
                return null;
            }
            values[i] = value.toString();
        }
        return List.of(values);
    }

    private boolean satisfied(ArrayDeque<Hit> hits) {
        return switch (spec.type()) {
            case EVENT_COUNT -> spec.condition().test(hits.size());
            case VALUE_COUNT -> spec.condition().test(distinctValues(hits));
            case TEMPORAL -> {
                long rules = hits.stream().mapToInt(Hit::rule).distinct().count();
                yield spec.condition() == null ? rules == correlation.references().size() : spec.condition().test(rules);
            }
            case TEMPORAL_ORDERED -> inOrder(hits);
        };
    }

    private long distinctValues(ArrayDeque<Hit> hits) {
        Set<String> values = new HashSet<>();
        for (Hit hit : hits) {
            Object value = field.get(hit.event());
            if (value != null) {
                values.add(value.toString());
            }
        }
        return values.size();
    }

    private boolean inOrder(ArrayDeque<Hit> hits) {
        int next = 0;
        for (Hit hit : hits) {
            if (hit.rule() == next) {
                next++;
            }
        }
        return next == correlation.references().size();
    }

    private Alert alert(ArrayDeque<Hit> hits, List<String> key, Instant time) {
        List<Event> events = new ArrayList<>();
        for (Hit hit : hits) {
            if (events.isEmpty() || events.get(events.size() - 1) != hit.event()) {
                events.add(hit.event());
            }
        }
        List<Event> kept = events.size() > MAX_EVENTS ? events.subList(events.size() - MAX_EVENTS, events.size()) : events;
        Map<String, String> group = new LinkedHashMap<>();
        for (int i = 0; i < key.size(); i++) {
            group.put(spec.groupBy().get(i), key.get(i));
        }
        SigmaRule rule = correlation.rule();
        return new Alert(rule.id(), rule.title(), rule.level(), rule.author(), rule.description(), rule.tags(), true,
                time, kept, Collections.unmodifiableMap(group));
    }
}
