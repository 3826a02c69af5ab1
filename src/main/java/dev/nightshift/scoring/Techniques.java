package dev.nightshift.scoring;

import dev.nightshift.scoring.ShiftOutcome.AlertOutcome;
import dev.nightshift.scoring.ShiftOutcome.StageOutcome;
import java.util.List;

/** The per-technique breakdown of a score card: one row per attack stage, in scenario order. */
final class Techniques {

    private Techniques() {
    }

    static List<ScoreCard.TechniqueResult> of(ShiftOutcome outcome) {
        return outcome.stages().stream().map(stage -> row(stage, outcome.alerts())).toList();
    }

    private static ScoreCard.TechniqueResult row(StageOutcome stage, List<AlertOutcome> alerts) {
        List<AlertOutcome> raised = alerts.stream().filter(a -> a.stages().contains(stage.id())).toList();
        boolean called = raised.stream().anyMatch(a -> a.verdict() == Verdict.TRUE_POSITIVE);
        return new ScoreCard.TechniqueResult(stage.technique(), stage.id(), raised.size(), called, stage.status());
    }
}
