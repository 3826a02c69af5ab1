-- A snapshot of a shift's whole state (its telemetry stream, correlation windows, alert queue, containment, clock),
-- written with a journal entry in the same transaction and valid for the journal's first 'actions' entries, by the
-- build that wrote it and for the entries whose digest it names (a journal repaired and played on since has other
-- entries at the same positions): a command on a long session goes on from it and replays only the entries after it. The logs
-- the shift has collected are kept beside it, in runs of events that tile the first 'events' of them. It never
-- replaces the journal, which stays the only truth: a snapshot that cannot be read is ignored and the journal replayed.
CREATE TABLE IF NOT EXISTS shift_snapshot (
    session_id  VARCHAR(32)   PRIMARY KEY REFERENCES session(id),
    actions     INT           NOT NULL,
    build       VARCHAR(128)  NOT NULL,
    journal_digest VARCHAR(64) NOT NULL,
    events      BIGINT        NOT NULL,
    state       BLOB          NOT NULL
);
CREATE TABLE IF NOT EXISTS shift_events (
    session_id   VARCHAR(32)  NOT NULL REFERENCES session(id),
    first_event  BIGINT       NOT NULL,
    event_count  INT          NOT NULL,
    chunk        BLOB         NOT NULL,
    PRIMARY KEY (session_id, first_event)
)
