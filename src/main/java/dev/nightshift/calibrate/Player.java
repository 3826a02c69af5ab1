package dev.nightshift.calibrate;

import dev.nightshift.game.CaseAlert;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** A scripted way to play a shift, from the laziest to the oracle; each ends the shift it plays. */
interface Player {

    /** The player's name as the calibration report prints it, e.g. {@code every-alert-benign}. */
    String name();

    /** Plays the shift at the desk to its end; {@code seed} is the variant's, for a player that draws at random. */
    void play(Desk desk, long seed);

    /**
     * The common loop of a player that works alerts as they come: hands every alert it has not seen yet to
     * {@code handle}, then lets time run to the next alert, until the shift is over.
     */
    static void workEachAlert(Desk desk, Consumer<CaseAlert> handle) {
        Set<String> seen = new HashSet<>();
        while (!desk.over()) {
            List<CaseAlert> fresh = desk.alerts().stream().filter(a -> !seen.contains(a.id())).toList();
            for (CaseAlert alert : fresh) {
                seen.add(alert.id());
                if (desk.over()) {
                    break;
                }
                handle.accept(alert);
            }
            if (!desk.over() && desk.alerts().size() == seen.size()) {
                desk.next();
            }
        }
    }
}
