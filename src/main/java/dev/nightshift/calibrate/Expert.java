package dev.nightshift.calibrate;

import dev.nightshift.game.CaseAlert;
import dev.nightshift.game.EventQuery;
import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scenario.Play;
import dev.nightshift.scoring.Severity;
import dev.nightshift.scoring.Verdict;
import dev.nightshift.telemetry.Event;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scripted expert: works the queue as a careful analyst does, most severe alerts first, reading each alert
 * before deciding, and decides by the scenario's written playbook, never by the truth. Noise that the playbook can
 * tell by a filter is closed in bulk once one such alert has been read.
 */
final class Expert implements Player {

    private final List<Play> playbook;

    Expert(List<Play> playbook) {
        this.playbook = playbook;
    }

    @Override
    public String name() {
        return "expert";
    }

    @Override
    public void play(Desk desk, long seed) {
        while (!desk.over()) {
            if (!work(desk)) {
                desk.next();
            }
        }
    }

    /**
     * Does the next piece of work on the queue; false when nothing is open. Alerts the playbook's bulk filters do
     * not cover come first, most severe first, each read and decided; then one rule's noise is closed in bulk.
     */
    private boolean work(Desk desk) {
        List<CaseAlert> open = desk.alerts().stream().filter(CaseAlert::isOpen)
                .sorted(Comparator.comparingInt((CaseAlert a) -> -Levels.rank(a.alert().level()))
                        .thenComparing(CaseAlert::raisedAt))
                .toList();
        if (open.isEmpty()) {
            return false;
        }
        Optional<CaseAlert> single = open.stream().filter(a -> !bulkable(a)).findFirst();
        if (single.isEmpty()) {
            for (CaseAlert alert : open) {
                if (bulk(desk, alert, playFor(alert).orElseThrow(), open)) {
                    return true;
                }
            }
        }
        decide(desk, single.orElse(open.get(0)));
        return true;
    }

    /** Whether the playbook's bulk filter for the alert's rule covers it and nothing in it looks like an attack. */
    private boolean bulkable(CaseAlert alert) {
        Optional<Play> play = playFor(alert);
        if (play.isEmpty() || play.get().benignWhere() == null || attackEvidence(alert, play.get()).isPresent()) {
            return false;
        }
        EventQuery where = EventQuery.parse(play.get().benignWhere());
        return alert.events().stream().allMatch(where::matches);
    }

    /** Reads one alert and decides it by the playbook: a true positive is contained and escalated as it says. */
    private void decide(Desk desk, CaseAlert alert) {
        if (!desk.view(alert)) {
            return;
        }
        CaseAlert read = desk.alerts().stream().filter(a -> a.id().equals(alert.id())).findFirst().orElse(alert);
        Optional<Play> play = playFor(read);
        Optional<Event> evidence = play.flatMap(p -> attackEvidence(read, p));
        if (evidence.isEmpty()) {
            desk.triage(read, Verdict.BENIGN);
            return;
        }
        desk.triage(read, Verdict.TRUE_POSITIVE);
        for (Map.Entry<EntityKind, String> c : play.get().contain().entrySet()) {
            String name = Names.field(evidence.get(), c.getValue());
            desk.contain(c.getKey(), name == null ? null : c.getKey() == EntityKind.USER ? Names.user(name) : name);
        }
        if (play.get().escalate() != null) {
            desk.escalate(read, Severity.parse(play.get().escalate()).orElseThrow());
        }
    }

    /** Closes the rule's open noise in one verdict when at least two alerts fit the playbook's filter and none looks like an attack. */
    private boolean bulk(Desk desk, CaseAlert sample, Play play, List<CaseAlert> open) {
        EventQuery where = EventQuery.parse(play.benignWhere());
        String ruleId = sample.alert().ruleId();
        List<CaseAlert> noise = open.stream().filter(a -> a.alert().ruleId().equals(ruleId))
                .filter(a -> a.events().stream().allMatch(where::matches)).toList();
        if (noise.size() < 2 || noise.stream().anyMatch(a -> attackEvidence(a, play).isPresent())) {
            if (noise.size() == 1) {
                decide(desk, noise.get(0));
                return true;
            }
            return false;
        }
        if (noise.stream().noneMatch(CaseAlert::opened) && !desk.view(noise.get(0))) {
            return true;
        }
        boolean attackArrivedMeanwhile = desk.alerts().stream().filter(CaseAlert::isOpen)
                .filter(a -> a.alert().ruleId().equals(ruleId))
                .filter(a -> a.events().stream().allMatch(where::matches))
                .anyMatch(a -> attackEvidence(a, play).isPresent());
        if (attackArrivedMeanwhile) {
            return true;
        }
        desk.triageRule(ruleId, play.benignWhere());
        return true;
    }

    private static Optional<Event> attackEvidence(CaseAlert alert, Play play) {
        if (play.attackWhen() == null) {
            return Optional.empty();
        }
        EventQuery attack = EventQuery.parse(play.attackWhen());
        return alert.events().stream().filter(attack::matches).findFirst();
    }

    private Optional<Play> playFor(CaseAlert alert) {
        return playbook.stream().filter(p -> p.rule().equalsIgnoreCase(alert.alert().title())
                || p.rule().equalsIgnoreCase(alert.alert().ruleId())).findFirst();
    }
}
