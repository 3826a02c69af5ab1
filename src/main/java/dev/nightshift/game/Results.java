package dev.nightshift.game;

import dev.nightshift.result.ResultFile;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scoring.ScoreCard;
import dev.nightshift.scoring.ShiftOutcome;
import dev.nightshift.store.JournalEntry;
import dev.nightshift.store.SessionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result file of an ended shift: its journal replayed action by action, so each step gets the simulated time it
 * was taken at and the time once done, and each queue entry the time it was closed; then the debrief the reports
 * draw, truth included, from the shift as it ended.
 */
final class Results {

    private Results() {
    }

    static ResultFile of(SessionRecord record, Scenario scenario, List<JournalEntry> journal, ScoreCard card) {
        Shift shift = Shift.open(scenario, Role.parse(record.role()).orElseThrow(), record.seed(),
                Pace.parse(record.pace()));
        List<ResultFile.Step> steps = new ArrayList<>();
        Map<String, Instant> closedAt = new HashMap<>();
        for (JournalEntry entry : journal) {
            Action action = Action.decode(entry.action());
            Instant before = shift.now();
            action.replayOn(shift);
            for (CaseAlert alert : shift.alerts()) {
                if (alert.verdict() != null) {
                    closedAt.putIfAbsent(alert.id(), shift.now());
                }
            }
            steps.add(new ResultFile.Step(entry.seq(), action.verb(), action.args(), before.toString(),
                    shift.now().toString(), entry.wallMillis() == null ? null
                    : Instant.ofEpochMilli(entry.wallMillis()).toString()));
        }
        ShiftOutcome outcome = Outcomes.of(shift);
        List<ResultFile.Stage> stages = outcome.stages().stream()
                .map(s -> new ResultFile.Stage(s.id(), s.technique(), s.status(), text(s.firstEvent()))).toList();
        List<ResultFile.Alert> alerts = outcome.alerts().stream().map(a -> new ResultFile.Alert(a.id(), a.rule(),
                text(a.raisedAt()), a.count(), a.attack(), List.copyOf(a.stages()).stream().sorted().toList(),
                text(a.firstActionAt()), text(closedAt.get(a.id())), a.verdict() == null ? null : a.verdict().word(),
                a.informed(), a.escalation() == null ? null : a.escalation().word())).toList();
        List<ResultFile.Containment> containments = outcome.containments().stream()
                .map(c -> new ResultFile.Containment(c.kind().word(), c.name(), text(c.from()), text(c.until())))
                .toList();
        ResultFile.Debrief debrief = new ResultFile.Debrief(text(outcome.start()), text(outcome.end()),
                text(outcome.traineeEndedAt()), stages, alerts, containments);
        ResultFile.Session session = new ResultFile.Session(record.id(), record.scenario(), scenario.title(),
                record.role().toLowerCase(Locale.ROOT), record.seed(), null, record.candidate(), record.pace());
        return ResultFile.of(session, card, steps, debrief);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
