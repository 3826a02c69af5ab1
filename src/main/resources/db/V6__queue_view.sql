-- A snapshot of what the read-only commands show ('alerts', 'status'), written with each journal entry in the same
-- transaction and valid for exactly the journal length it names: a one-shot command on a long session reads it
-- instead of replaying the journal. It never replaces the journal, which stays the only truth.
CREATE TABLE IF NOT EXISTS queue_view (
    session_id  VARCHAR(32)  PRIMARY KEY REFERENCES session(id),
    actions     INT          NOT NULL,
    view_json   CLOB         NOT NULL
)
