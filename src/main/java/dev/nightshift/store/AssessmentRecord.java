package dev.nightshift.store;

import java.util.Objects;

/** A stored assessment: the scenario and role every candidate plays, the time limit in seconds, when it was made. */
public record AssessmentRecord(String id, String scenario, String role, long timeLimitSeconds, long createdMillis) {

    public AssessmentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(role, "role");
        if (timeLimitSeconds < 1) {
            throw new IllegalArgumentException("a time limit is at least one second, got " + timeLimitSeconds);
        }
    }
}
