package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a compiled {@link RulePack} over a time-ordered stream of events and returns the alerts each event raises.
 * An event is tested only against the rules whose logsource it satisfies. A rule referenced by a correlation
 * raises no alert of its own unless one of those correlations says {@code generate: true}; a correlation's alert
 * feeds the correlations that reference it in turn. The engine keeps correlation state, so one instance serves one
 * stream, from one thread.
 */
public final class DetectionEngine {

    private record Feed(CorrelationWindow window, int rule) {
    }

    private record Entry(CompiledDetection detection, boolean generate, Feed[] feeds, CompiledFilter[] filters) {

        boolean matches(Event event) {
            if (!detection.matcher().matches(event)) {
                return false;
            }
            for (CompiledFilter filter : filters) {
                if (filter.excludes(event)) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Output(boolean generate, Feed[] feeds) {
    }

    /** The rules of one logsource, their positions in order, and their literal index when any of them has needles. */
    private record Candidates(Entry[] entries, int[] all, RuleIndex index) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<CorrelationWindow, Output> outputs = new IdentityHashMap<>();
    private final CorrelationWindow[] closingWindows;
    /** Every correlation's window, in the pack's order. */
    private final List<CorrelationWindow> windowsInOrder = new ArrayList<>();
    private final Set<String> silent = new HashSet<>();
    private static final int INSTANCES_KEPT = 64;

    private final Map<LogSource, Candidates> byLogsource = new HashMap<>();
    private final Map<LogSource, Candidates> byInstance = new IdentityHashMap<>();
    private final Map<List<Integer>, Candidates> bySelection = new HashMap<>();
    private LogSource lastSource;
    private Candidates lastCandidates;

    /** Prepares the pack's compiled rules and an empty correlation state. */
    public DetectionEngine(RulePack pack) {
        this(pack, false);
    }

    /** As the public constructor; with {@code everyMatch}, rules that only feed a correlation raise alerts too. */
    DetectionEngine(RulePack pack, boolean everyMatch) {
        Map<String, List<Feed>> feeds = new HashMap<>();
        Map<String, Boolean> generate = new HashMap<>();
        Map<String, CorrelationWindow> windows = new HashMap<>();
        List<CorrelationWindow> closing = new ArrayList<>();
        for (CompiledCorrelation correlation : pack.correlations()) {
            CorrelationWindow window = new CorrelationWindow(correlation);
            windowsInOrder.add(window);
            windows.put(correlation.rule().id(), window);
            if (window.judgedAtEnd()) {
                closing.add(window);
            }
            List<SigmaRule> references = correlation.references();
            for (int i = 0; i < references.size(); i++) {
                feeds.computeIfAbsent(references.get(i).id(), r -> new ArrayList<>()).add(new Feed(window, i));
                generate.merge(references.get(i).id(), correlation.spec().generate(), Boolean::logicalOr);
            }
        }
        windows.forEach((id, window) -> outputs.put(window, new Output(everyMatch || generate.getOrDefault(id, true),
                feeds.getOrDefault(id, List.of()).toArray(Feed[]::new))));
        generate.forEach((id, raises) -> {
            if (!everyMatch && !raises) {
                silent.add(id);
            }
        });
        for (CompiledDetection detection : pack.detections()) {
            String id = detection.rule().id();
            entries.add(new Entry(detection, everyMatch || generate.getOrDefault(id, true),
                    feeds.getOrDefault(id, List.of()).toArray(Feed[]::new),
                    pack.filtersFor(id).toArray(CompiledFilter[]::new)));
        }
        this.closingWindows = closing.toArray(CorrelationWindow[]::new);
    }

    /**
     * Whether any detection rule of the pack matches the event, filters aside: the events a replay of the pack with
     * more filters can still alert on, so that such replays can skip the rest. Keeps no state.
     */
    public boolean mayMatch(Event event) {
        for (Entry entry : candidates(event.logsource()).entries()) {
            if (entry.detection().matcher().matches(event)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The correlation state so far (the only state the engine keeps), for a snapshot of the stream it serves; an
     * engine of the same pack given it by {@link #restore} goes on as this one would.
     */
    public java.io.Serializable state() {
        ArrayList<java.io.Serializable> states = new ArrayList<>();
        for (CorrelationWindow window : windowsInOrder) {
            states.add(window.state());
        }
        return states;
    }

    /** Takes over the correlation state that {@link #state()} gave an engine of the same pack (null: none). */
    public void restore(java.io.Serializable state) {
        if (state == null) {
            return;
        }
        List<?> states = (List<?>) state;
        if (states.size() != windowsInOrder.size()) {
            throw new IllegalArgumentException("the state holds " + states.size() + " correlation windows, the pack has "
                    + windowsInOrder.size());
        }
        for (int i = 0; i < states.size(); i++) {
            windowsInOrder.get(i).restore((java.io.Serializable) states.get(i));
        }
    }

    /** Whether the rule with this id raises alerts of its own; a rule that only feeds correlations does not. */
    boolean raisesAlerts(String ruleId) {
        return !silent.contains(ruleId);
    }

    /** The alerts this event raised, in rule order; the shared empty list when it raised none. */
    public List<Alert> process(Event event) {
        List<Alert> alerts = closeWindows(event.timestamp());
        Candidates candidates = candidates(event.logsource());
        Entry[] entries = candidates.entries();
        RuleIndex index = candidates.index();
        int count = index == null ? entries.length : index.scan(event);
        int[] order = index == null ? candidates.all() : index.candidates();
        for (int k = 0; k < count; k++) {
            Entry entry = entries[order[k]];
            if (!entry.matches(event)) {
                continue;
            }
            if (entry.generate()) {
                alerts = add(alerts, detectionAlert(entry.detection().rule(), event));
            }
            if (entry.feeds().length > 0) {
                List<Event> events = List.of(event);
                for (Feed feed : entry.feeds()) {
                    alerts = emit(feed.window(), feed.window().add(new CorrelationHit(event, feed.rule(), events),
                            Map.of()), alerts);
                }
            }
        }
        return alerts == null ? List.of() : Collections.unmodifiableList(alerts);
    }

    /**
     * Lets simulated time reach {@code now} without an event, closing correlation windows whose condition has only
     * upper bounds ({@code lt}, {@code lte}); returns the alerts they raised.
     */
    public List<Alert> advanceTo(Instant now) {
        List<Alert> alerts = closeWindows(now);
        return alerts == null ? List.of() : Collections.unmodifiableList(alerts);
    }

    private List<Alert> closeWindows(Instant now) {
        List<Alert> alerts = null;
        for (CorrelationWindow window : closingWindows) {
            List<Alert> closed = window.expire(now, null);
            if (closed != null) {
                for (Alert alert : closed) {
                    alerts = emit(window, alert, alerts);
                }
            }
        }
        return alerts;
    }

    /** Routes a correlation's alert: to the stream when it generates, and to every correlation chained on it. */
    private List<Alert> emit(CorrelationWindow window, Alert alert, List<Alert> alerts) {
        if (alert == null) {
            return alerts;
        }
        Output output = outputs.get(window);
        if (output.generate()) {
            alerts = add(alerts, alert);
        }
        Event last = alert.events().get(alert.events().size() - 1);
        for (Feed feed : output.feeds()) {
            alerts = emit(feed.window(), feed.window().add(new CorrelationHit(last, feed.rule(), alert.events()),
                    alert.groupBy()), alerts);
        }
        return alerts;
    }

    private static List<Alert> add(List<Alert> alerts, Alert alert) {
        List<Alert> list = alerts == null ? new ArrayList<>(2) : alerts;
        list.add(alert);
        return list;
    }

    /**
     * The rules for a logsource; streams repeat a few logsource instances, so the last one is checked first, then
     * the instances seen before (a record's hash code is recomputed on every call), then equal logsources.
     */
    private Candidates candidates(LogSource source) {
        if (source == lastSource) {
            return lastCandidates;
        }
        Candidates candidates = byInstance.get(source);
        if (candidates == null) {
            candidates = byLogsource.computeIfAbsent(source, this::select);
            if (byInstance.size() < INSTANCES_KEPT) {
                byInstance.put(source, candidates);
            }
        }
        lastSource = source;
        lastCandidates = candidates;
        return candidates;
    }

    /** The entries whose logsource covers this one, sharing the index of any logsource that selected the same. */
    private Candidates select(LogSource source) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (LogsourceCoverage.covers(entries.get(i).detection().rule().logsource(), source)) {
                positions.add(i);
            }
        }
        return bySelection.computeIfAbsent(positions, selection -> {
            Entry[] selected = selection.stream().map(entries::get).toArray(Entry[]::new);
            RuleIndex index = new RuleIndex(java.util.Arrays.stream(selected).map(e -> e.detection().needles()).toList());
            return new Candidates(selected, java.util.stream.IntStream.range(0, selected.length).toArray(),
                    index.useful() ? index : null);
        });
    }

    private static Alert detectionAlert(SigmaRule rule, Event event) {
        return new Alert(rule.id(), rule.title(), rule.level(), rule.author(), rule.description(), rule.tags(), false,
                event.timestamp(), List.of(event), Map.of());
    }
}
