package dev.nightshift.assess;

import dev.nightshift.game.Role;
import dev.nightshift.store.AssessmentRecord;
import dev.nightshift.store.CandidateRecord;
import dev.nightshift.store.Seat;

/**
 * A candidate at their desk: the assessment, their record, the seat that binds their session to the thread serving
 * them, and the wall-clock millisecond their time runs out.
 */
public record Seating(AssessmentRecord assessment, CandidateRecord candidate, Seat seat, long deadlineMillis,
                      boolean resumed) {

    public Role role() {
        return Role.parse(assessment.role()).orElseThrow();
    }

    public String login() {
        return candidate.login();
    }

    public CandidatePolicy policy() {
        return CandidatePolicy.proctored(role());
    }
}
