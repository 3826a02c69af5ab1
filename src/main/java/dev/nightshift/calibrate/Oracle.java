package dev.nightshift.calibrate;

import dev.nightshift.game.CaseAlert;
import dev.nightshift.game.Hindsight;
import dev.nightshift.scoring.Severity;
import dev.nightshift.scoring.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The oracle: plays with the truth in hand, as no trainee can. Attack alerts first: each is read, called
 * true-positive, its answer-key entities contained and escalated at the wanted severity; a rule's open noise is
 * closed in bulk once one of it has been read. Its score is the best a scenario allows.
 */
final class Oracle implements Player {

    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public void play(Desk desk, long seed) {
        while (!desk.over()) {
            List<CaseAlert> open = desk.alerts().stream().filter(CaseAlert::isOpen)
                    .sorted(Comparator.comparing((CaseAlert a) -> Hindsight.stages(a).isEmpty())
                            .thenComparing(CaseAlert::raisedAt))
                    .toList();
            if (open.isEmpty()) {
                desk.next();
                continue;
            }
            CaseAlert alert = open.get(0);
            if (!Hindsight.stages(alert).isEmpty()) {
                respond(desk, alert);
                continue;
            }
            desk.view(alert);
            List<CaseAlert> sameRule = desk.alerts().stream().filter(CaseAlert::isOpen)
                    .filter(a -> a.alert().ruleId().equals(alert.alert().ruleId())).toList();
            if (sameRule.size() >= 2 && sameRule.stream().allMatch(a -> Hindsight.stages(a).isEmpty())) {
                desk.triageRule(alert.alert().ruleId(), null);
            } else {
                desk.triage(alert, Verdict.BENIGN);
            }
        }
    }

    private static void respond(Desk desk, CaseAlert alert) {
        desk.view(alert);
        desk.triage(alert, Verdict.TRUE_POSITIVE);
        Hindsight.toContain(desk.shift(), alert).forEach((kind, names) -> names.forEach(n -> desk.contain(kind, n)));
        Optional<Severity> severity = Hindsight.severity(desk.shift(), alert);
        severity.ifPresent(s -> desk.escalate(alert, s));
    }
}
