package dev.nightshift.engineer;

import dev.nightshift.detection.Alert;
import dev.nightshift.detection.DetectionEngine;
import dev.nightshift.detection.RulePack;
import dev.nightshift.telemetry.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule pack run over the days of a week as the live engine would run it: every alert it raises, in the order it
 * raises them, correlation windows closed at the end of each day's shift.
 */
final class PackRun {

    private final DetectionEngine engine;
    private final List<Alert> alerts = new ArrayList<>();

    PackRun(RulePack pack) {
        this.engine = new DetectionEngine(pack);
    }

    void event(Event event) {
        alerts.addAll(engine.process(event));
    }

    void dayEnds(Instant end) {
        alerts.addAll(engine.advanceTo(end));
    }

    List<Alert> alerts() {
        return alerts;
    }

    /** Runs the pack over the history's events, with its day ends. */
    static List<Alert> over(RulePack pack, History history) {
        return over(pack, history.events(), history.dayEnds());
    }

    /** Runs the pack over events in time order, closing correlation windows at each day's end. */
    static List<Alert> over(RulePack pack, List<Event> events, List<Instant> ends) {
        PackRun run = new PackRun(pack);
        int next = 0;
        for (Event event : events) {
            while (next < ends.size() && !event.timestamp().isBefore(ends.get(next))) {
                run.dayEnds(ends.get(next++));
            }
            run.event(event);
        }
        while (next < ends.size()) {
            run.dayEnds(ends.get(next++));
        }
        return run.alerts();
    }

    /** The key that identifies an alert across two runs over the same events: rule, first and last event. */
    static String key(Alert alert) {
        List<Event> events = alert.events();
        return alert.ruleId() + "@" + events.get(0).index() + "-" + events.get(events.size() - 1).index();
    }
}
