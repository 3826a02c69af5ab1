package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a compiled {@link RulePack} over a time-ordered stream of events and returns the alerts each event raises.
 * An event is tested only against the rules whose logsource it satisfies. A detection rule referenced by a
 * correlation raises no alert of its own unless one of those correlations says {@code generate: true}.
 * The engine keeps correlation state, so one instance serves one stream, from one thread.
 */
public final class DetectionEngine {

    private record Feed(CorrelationWindow window, int rule) {
    }

    private record Entry(CompiledDetection detection, boolean generate, Feed[] feeds) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final CorrelationWindow[] closingWindows;
    private final Map<LogSource, Entry[]> byLogsource = new HashMap<>();

    /** Prepares the pack's compiled rules and an empty correlation state. */
    public DetectionEngine(RulePack pack) {
        this(pack, false);
    }

    /** As the public constructor; with {@code everyMatch}, rules that only feed a correlation raise alerts too. */
    DetectionEngine(RulePack pack, boolean everyMatch) {
        Map<SigmaRule, List<Feed>> feeds = new HashMap<>();
        Map<SigmaRule, Boolean> generate = new HashMap<>();
        List<CorrelationWindow> closing = new ArrayList<>();
        for (CompiledCorrelation correlation : pack.correlations()) {
            CorrelationWindow window = new CorrelationWindow(correlation);
            if (window.judgedAtEnd()) {
                closing.add(window);
            }
            List<SigmaRule> references = correlation.references();
            for (int i = 0; i < references.size(); i++) {
                feeds.computeIfAbsent(references.get(i), r -> new ArrayList<>()).add(new Feed(window, i));
                generate.merge(references.get(i), correlation.spec().generate(), Boolean::logicalOr);
            }
        }
        for (CompiledDetection detection : pack.detections()) {
            SigmaRule rule = detection.rule();
            entries.add(new Entry(detection, everyMatch || generate.getOrDefault(rule, true),
                    feeds.getOrDefault(rule, List.of()).toArray(Feed[]::new)));
        }
        this.closingWindows = closing.toArray(CorrelationWindow[]::new);
    }

    /** The alerts this event raised, in rule order; the shared empty list when it raised none. */
    public List<Alert> process(Event event) {
        List<Alert> alerts = closeWindows(event.timestamp(), null);
        Entry[] candidates = byLogsource.get(event.logsource());
        if (candidates == null) {
            candidates = select(event.logsource());
            byLogsource.put(event.logsource(), candidates);
        }
        for (Entry entry : candidates) {
            if (!entry.detection().matcher().matches(event)) {
                continue;
            }
            if (entry.generate()) {
                alerts = add(alerts, detectionAlert(entry.detection().rule(), event));
            }
            for (Feed feed : entry.feeds()) {
                Alert alert = feed.window().add(event, feed.rule());
                if (alert != null) {
                    alerts = add(alerts, alert);
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
        List<Alert> alerts = closeWindows(now, null);
        return alerts == null ? List.of() : Collections.unmodifiableList(alerts);
    }

    private List<Alert> closeWindows(Instant now, List<Alert> alerts) {
        for (CorrelationWindow window : closingWindows) {
            alerts = window.expire(now, alerts);
        }
        return alerts;
    }

    private static List<Alert> add(List<Alert> alerts, Alert alert) {
        List<Alert> list = alerts == null ? new ArrayList<>(2) : alerts;
        list.add(alert);
        return list;
    }

    private Entry[] select(LogSource source) {
        return entries.stream().filter(entry -> SysmonCategories.covers(entry.detection().rule().logsource(), source))
                .toArray(Entry[]::new);
    }

    private static Alert detectionAlert(SigmaRule rule, Event event) {
        return new Alert(rule.id(), rule.title(), rule.level(), rule.author(), rule.description(), rule.tags(), false,
                event.timestamp(), List.of(event), Map.of());
    }
}
