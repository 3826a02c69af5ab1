package dev.nightshift.calibrate;

import dev.nightshift.game.CaseAlert;
import dev.nightshift.game.GameException;
import dev.nightshift.game.Sessions;
import dev.nightshift.game.Shift;
import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scoring.ScoreCard;
import dev.nightshift.scoring.Severity;
import dev.nightshift.scoring.Verdict;
import java.util.List;

/**
 * A scripted player's hands on a running session: the same calls the shell makes, with the game's refusals (an
 * entity already contained, a name that is no host) swallowed the way a person would shrug and go on.
 */
final class Desk {

    private final Sessions sessions;

    Desk(Sessions sessions) {
        this.sessions = sessions;
    }

    Shift shift() {
        return sessions.current();
    }

    boolean over() {
        return shift().isOver();
    }

    List<CaseAlert> alerts() {
        return shift().alerts();
    }

    List<CaseAlert> next() {
        return sessions.next();
    }

    void waitToTheEnd() {
        Shift shift = shift();
        sessions.waitFor(java.time.Duration.between(shift.now(), shift.end()));
    }

    /** Opens the alert; false when the shift ended first. */
    boolean view(CaseAlert alert) {
        return attempt(() -> sessions.view(alert.id()));
    }

    void triage(CaseAlert alert, Verdict verdict) {
        attempt(() -> sessions.triage(alert.id(), verdict, List.of(), null));
    }

    boolean triageRule(String ruleId, String where) {
        return attempt(() -> sessions.triageRule(ruleId, where, Verdict.BENIGN, null));
    }

    void escalate(CaseAlert alert, Severity severity) {
        attempt(() -> sessions.escalate(alert.id(), severity, null));
    }

    void contain(EntityKind kind, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        boolean already = shift().containments().stream()
                .anyMatch(c -> c.kind() == kind && c.name().equalsIgnoreCase(name));
        if (!already && !over()) {
            try {
                sessions.contain(kind, name);
            } catch (GameException notAnEntity) {
                // a value that names no host or user of this organisation: a person would shrug and go on
            }
        }
    }

    ScoreCard end() {
        return sessions.end();
    }

    /**
     * Runs one action; false when the shift is over. Any other refusal is a player's mistake and stops the
     * calibration with the game's sentence, so that a player can never loop on an action the game keeps refusing.
     */
    private boolean attempt(Runnable action) {
        if (over()) {
            return false;
        }
        try {
            action.run();
            return true;
        } catch (GameException refused) {
            if (over()) {
                return false;
            }
            throw new IllegalStateException("a scripted player's action was refused: " + refused.getMessage(), refused);
        }
    }
}
