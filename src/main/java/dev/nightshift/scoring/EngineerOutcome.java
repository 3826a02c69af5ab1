package dev.nightshift.scoring;

import dev.nightshift.scenario.Engineering;
import java.util.List;

/**
 * What a deployed change set did on the held-out week, against the scenario's original pack on the same events:
 * the attack's stage instances (one stage on one day) each pack caught, the alerts and false positives each raised,
 * the hygiene of every exclusion and disabled rule, and the per-rule and hidden-event details the card shows.
 */
public record EngineerOutcome(String scenarioId, long seed, Engineering.EngineerWeights weights, int triageMinutes,
                              int stageInstances, int caughtBefore, int caughtAfter, int keptFromBefore,
                              int alertsBefore, int alertsAfter, int falsePositivesBefore, int falsePositivesAfter,
                              List<EngineerCard.Change> changes, List<EngineerCard.RuleLine> rules,
                              List<EngineerCard.Hidden> hidden, String heldOutFrom, String heldOutTo,
                              long heldOutEvents) {

    public EngineerOutcome {
        changes = List.copyOf(changes);
        rules = List.copyOf(rules);
        hidden = List.copyOf(hidden);
    }
}
