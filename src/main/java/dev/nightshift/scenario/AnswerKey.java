package dev.nightshift.scenario;

import java.util.List;

/** What a perfect shift does: which stages' alerts to escalate and at what severity, which entities to contain. */
public record AnswerKey(List<Escalation> escalate, List<ContainTarget> contain) {

    public AnswerKey {
        escalate = List.copyOf(escalate);
        contain = List.copyOf(contain);
    }
}
