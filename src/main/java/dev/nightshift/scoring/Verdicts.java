package dev.nightshift.scoring;

import dev.nightshift.scoring.ShiftOutcome.AlertOutcome;
import java.util.List;

/** The verdict measures of a score card, per class so that class imbalance cannot be played. */
final class Verdicts {

    private Verdicts() {
    }

    static ScoreCard.Accuracy accuracy(List<AlertOutcome> alerts) {
        int verdicts = 0;
        int blind = 0;
        int correct = 0;
        int calledTp = 0;
        int calledTpRight = 0;
        int attacks = 0;
        int attacksCaught = 0;
        int nonAttack = 0;
        int noiseClosed = 0;
        for (AlertOutcome a : alerts) {
            attacks += a.attack() ? 1 : 0;
            nonAttack += a.attack() ? 0 : 1;
            if (a.verdict() == null) {
                continue;
            }
            verdicts++;
            blind += a.informed() ? 0 : 1;
            boolean right = a.verdict().isRightFor(a.attack());
            correct += right ? 1 : 0;
            if (a.verdict() == Verdict.TRUE_POSITIVE) {
                calledTp++;
                calledTpRight += a.attack() ? 1 : 0;
            }
            if (right && a.informed()) {
                attacksCaught += a.attack() ? 1 : 0;
                noiseClosed += a.attack() ? 0 : 1;
            }
        }
        double tpr = attacks == 0 ? 0 : (double) attacksCaught / attacks;
        double tnr = nonAttack == 0 ? 0 : (double) noiseClosed / nonAttack;
        double precision = calledTp == 0 ? (attacks == 0 ? 1 : 0) : (double) calledTpRight / calledTp;
        double recall = attacks == 0 ? 1 : (double) calledTpRight / attacks;
        return new ScoreCard.Accuracy(alerts.size(), attacks, nonAttack, verdicts, blind, correct, tpr, tnr,
                tpr + tnr - 1, precision, recall, noiseClosed, alerts.size() - verdicts);
    }
}
