package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The running state of one correlation rule: per group-by key, the hits of its referenced rules in the window.
 * A condition with a lower bound is judged as each hit arrives, over a window sliding back {@code timespan}
 * from it; a condition with only upper bounds is judged when the window opened by a group's first hit closes.
 * After it fires, a group is quiet for one {@code timespan} (hits in that time are part of the incident already
 * raised, as a SIEM's time bucket would count them) and then starts afresh, so a burst of a hundred failures raises
 * one alert per window, not twenty. An impossible-travel window keeps only each group's latest located hit
 * and judges the speed from it to the next one.
 */
final class CorrelationWindow {

    static final int MAX_EVENTS = 50;

    private record Deadline(Instant at, List<String> key) implements java.io.Serializable {
    }

    /** Deadlines by time; a class (not a lambda) so that a snapshot of the window's state can keep the queue. */
    private static final class ByTime implements java.util.Comparator<Deadline>, java.io.Serializable {
        @Override
        public int compare(Deadline a, Deadline b) {
            return a.at().compareTo(b.at());
        }
    }

    private final CompiledCorrelation correlation;
    private final CorrelationSpec spec;
    private final FieldPath[][] groupBy;
    private final FieldPath field;
    private final ImpossibleTravel travel;
    private final boolean judgedAtEnd;
    private final Map<List<String>, ArrayDeque<CorrelationHit>> groups = new HashMap<>();
    private final Map<List<String>, Instant> quietUntil = new HashMap<>();
    private final PriorityQueue<Deadline> deadlines = new PriorityQueue<>(new ByTime());

    CorrelationWindow(CompiledCorrelation correlation) {
        this.correlation = correlation;
        this.spec = correlation.spec();
        this.groupBy = new FieldPath[correlation.references().size()][];
        for (int rule = 0; rule < groupBy.length; rule++) {
            groupBy[rule] = paths(rule);
        }
        this.field = spec.field() == null ? null : new FieldPath(spec.field());
        this.travel = spec.type() == CorrelationSpec.Type.IMPOSSIBLE_TRAVEL
                ? new ImpossibleTravel(spec.latitude(), spec.longitude()) : null;
        this.judgedAtEnd = travel == null && spec.condition() != null && spec.condition().judgedAtWindowEnd();
    }

    /** Each group-by name read, for one referenced rule, from its alias for that rule or else from itself. */
    private FieldPath[] paths(int rule) {
        SigmaRule target = correlation.references().get(rule);
        String written = spec.rules().get(rule).name();
        FieldPath[] paths = new FieldPath[spec.groupBy().size()];
        for (int i = 0; i < paths.length; i++) {
            String name = spec.groupBy().get(i);
            Map<String, String> alias = spec.aliases().get(name);
            String actual = alias == null ? name : alias.getOrDefault(written,
                    alias.getOrDefault(String.valueOf(target.name()), alias.get(target.id())));
            paths[i] = actual == null ? null : new FieldPath(actual);
        }
        return paths;
    }

    /** What the window holds so far (the hits of each open group, the quiet groups, the deadlines), for a snapshot. */
    java.io.Serializable state() {
        return new java.io.Serializable[] {new HashMap<>(groups), new HashMap<>(quietUntil), new PriorityQueue<>(deadlines)};
    }

    /** Takes over a state that {@link #state()} gave, in place of what the window holds. */
    @SuppressWarnings("unchecked")
    void restore(java.io.Serializable state) {
        Object[] parts = (Object[]) state;
        groups.clear();
        groups.putAll((Map<List<String>, ArrayDeque<CorrelationHit>>) parts[0]);
        quietUntil.clear();
        quietUntil.putAll((Map<List<String>, Instant>) parts[1]);
        deadlines.clear();
        deadlines.addAll((PriorityQueue<Deadline>) parts[2]);
    }

    SigmaRule rule() {
        return correlation.rule();
    }

    boolean judgedAtEnd() {
        return judgedAtEnd;
    }

    /**
     * Records a hit of a referenced rule; {@code inherited} holds the group-by values of a chained correlation's
     * alert (empty for a detection). Returns the alert it raised, or null.
     */
    Alert add(CorrelationHit hit, Map<String, String> inherited) {
        List<String> key = key(hit, inherited);
        if (key == null) {
            return null;
        }
        if (travel != null) {
            return travel(hit, key);
        }
        ArrayDeque<CorrelationHit> hits = groups.computeIfAbsent(key, k -> new ArrayDeque<>());
        boolean counting = spec.type() != CorrelationSpec.Type.TEMPORAL
                && spec.type() != CorrelationSpec.Type.TEMPORAL_ORDERED;
        if (counting && !hits.isEmpty() && hits.peekLast().event() == hit.event()) {
            return null;
        }
        if (judgedAtEnd) {
            if (hits.isEmpty()) {
                deadlines.add(new Deadline(hit.event().timestamp().plus(spec.timespan()), key));
            }
            hits.addLast(hit);
            return null;
        }
        Instant quiet = quietUntil.get(key);
        if (quiet != null) {
            if (hit.event().timestamp().isBefore(quiet)) {
                return null;
            }
            quietUntil.remove(key);
        }
        Instant oldest = hit.event().timestamp().minus(spec.timespan());
        while (!hits.isEmpty() && hits.peekFirst().event().timestamp().isBefore(oldest)) {
            hits.pollFirst();
        }
        hits.addLast(hit);
        if (!satisfied(hits)) {
            return null;
        }
        groups.remove(key);
        quietUntil.put(key, hit.event().timestamp().plus(spec.timespan()));
        return alert(hits, key, hit.event().timestamp());
    }

    private Alert travel(CorrelationHit hit, List<String> key) {
        if (!travel.located(hit.event())) {
            return null;
        }
        ArrayDeque<CorrelationHit> last = groups.computeIfAbsent(key, k -> new ArrayDeque<>(1));
        CorrelationHit previous = last.pollFirst();
        last.addFirst(hit);
        if (previous == null || previous.event().timestamp().isBefore(hit.event().timestamp().minus(spec.timespan()))
                || !spec.condition().test(travel.speed(previous.event(), hit.event()))) {
            return null;
        }
        return alert(List.of(previous, hit), key, hit.event().timestamp());
    }

    /** Closes the windows that ended before {@code now} and adds the alerts of those that met the condition. */
    List<Alert> expire(Instant now, List<Alert> alerts) {
        while (!deadlines.isEmpty() && deadlines.peek().at().isBefore(now)) {
            Deadline deadline = deadlines.poll();
            ArrayDeque<CorrelationHit> hits = groups.remove(deadline.key());
            if (hits != null && satisfied(hits)) {
                alerts = alerts == null ? new ArrayList<>() : alerts;
                alerts.add(alert(hits, deadline.key(), hits.peekLast().event().timestamp()));
            }
        }
        return alerts;
    }

    private List<String> key(CorrelationHit hit, Map<String, String> inherited) {
        FieldPath[] paths = groupBy[hit.rule()];
        if (paths.length == 0) {
            return List.of();
        }
        String[] values = new String[paths.length];
        for (int i = 0; i < paths.length; i++) {
            String value = inherited.get(spec.groupBy().get(i));
            if (value == null && paths[i] != null) {
                Object raw = paths[i].get(hit.event());
                value = raw == null ? null : raw.toString();
            }
            if (value == null) {
                return null;
            }
            values[i] = value;
        }
        return List.of(values);
    }

    private boolean satisfied(ArrayDeque<CorrelationHit> hits) {
        if (spec.type() == CorrelationSpec.Type.TEMPORAL_ORDERED) {
            return inOrder(hits);
        }
        double measure = WindowMeasure.of(spec, field, hits);
        if (spec.condition() == null) {
            return measure == correlation.references().size();
        }
        return spec.condition().test(measure);
    }

    private boolean inOrder(ArrayDeque<CorrelationHit> hits) {
        int next = 0;
        for (CorrelationHit hit : hits) {
            if (hit.rule() == next) {
                next++;
            }
        }
        return next == correlation.references().size();
    }

    private Alert alert(Iterable<CorrelationHit> hits, List<String> key, Instant time) {
        List<Event> events = new ArrayList<>();
        for (CorrelationHit hit : hits) {
            for (Event event : hit.events()) {
                if (events.isEmpty() || events.get(events.size() - 1) != event) {
                    events.add(event);
                }
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
