package dev.nightshift.store;

import java.util.List;
import java.util.Optional;

/** Assessments and their candidates, in the session database beside the sessions they play (schema V10). */
public final class AssessmentStore {

    private final SessionStore store;

    public AssessmentStore(SessionStore store) {
        this.store = store;
    }

    /**
     * Creates an assessment with a fresh id ({@code A-0001}, ...) and its candidates in one unit; {@code candidates}
     * receives the id and returns the candidates to keep, so their seeds can be derived from it.
     */
    public AssessmentRecord create(String scenario, String role, long timeLimitSeconds, long createdMillis,
                                   java.util.function.Function<String, List<CandidateRecord>> candidates) {
        return store.exclusively(() -> {
            long number = store.reading().sql("SELECT NEXT VALUE FOR assessment_number").query(Long.class).single();
            AssessmentRecord record = new AssessmentRecord(String.format("A-%04d", number), scenario, role,
                    timeLimitSeconds, createdMillis);
            store.writing().sql("INSERT INTO assessment (id, scenario, role, time_limit_seconds, created_millis)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(record.id(), scenario, role, timeLimitSeconds, createdMillis).update();
            for (CandidateRecord c : candidates.apply(record.id())) {
                store.writing().sql("INSERT INTO candidate (assessment_id, name, variant, seed, token_hash, public_key)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")
                        .params(record.id(), c.name(), c.variant(), c.seed(), c.tokenHash(), c.publicKey()).update();
            }
            return record;
        });
    }

    public Optional<AssessmentRecord> find(String id) {
        return store.exclusively(() -> store.reading().sql("SELECT * FROM assessment WHERE id = ?").param(id)
                .query((rs, row) -> new AssessmentRecord(rs.getString("id"), rs.getString("scenario"),
                        rs.getString("role"), rs.getLong("time_limit_seconds"), rs.getLong("created_millis")))
                .optional());
    }

    public Optional<CandidateRecord> candidate(String assessmentId, String name) {
        return store.exclusively(() -> store.reading()
                .sql("SELECT * FROM candidate WHERE assessment_id = ? AND name = ?").params(assessmentId, name)
                .query(AssessmentStore::candidate).optional());
    }

    /** Every candidate of every assessment who has logged in: the sessions whose time limits a server keeps. */
    public List<CandidateRecord> started() {
        return store.exclusively(() -> store.reading()
                .sql("SELECT * FROM candidate WHERE session_id IS NOT NULL ORDER BY assessment_id, variant")
                .query(AssessmentStore::candidate).list());
    }

    public List<CandidateRecord> candidates(String assessmentId) {
        return store.exclusively(() -> store.reading()
                .sql("SELECT * FROM candidate WHERE assessment_id = ? ORDER BY variant").param(assessmentId)
                .query(AssessmentStore::candidate).list());
    }

    /**
     * Records a candidate's first login: the session they play and when it began. False, and nothing written, when
     * they already have one (two first logins at once: the other won).
     */
    public boolean start(String assessmentId, String name, String sessionId, long startedMillis) {
        return store.exclusively(() -> store.writing()
                .sql("UPDATE candidate SET session_id = ?, started_millis = ? WHERE assessment_id = ? AND name = ?"
                        + " AND session_id IS NULL")
                .params(sessionId, startedMillis, assessmentId, name).update() == 1);
    }

    private static CandidateRecord candidate(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CandidateRecord(rs.getString("assessment_id"), rs.getString("name"), rs.getInt("variant"),
                rs.getLong("seed"), rs.getString("token_hash"), rs.getString("public_key"), rs.getString("session_id"),
                (Long) rs.getObject("started_millis", Long.class));
    }
}
