-- Sessions and their action journals: a session is its scenario, seed and role plus every action taken,
-- so replaying the journal rebuilds it exactly after a crash or a restart.
CREATE TABLE IF NOT EXISTS session (
    id          VARCHAR(32)  PRIMARY KEY,
    scenario    VARCHAR(512) NOT NULL,
    role        VARCHAR(16)  NOT NULL,
    seed        BIGINT       NOT NULL,
    pace        VARCHAR(32)  NOT NULL,
    candidate   VARCHAR(128),
    status      VARCHAR(16)  NOT NULL,
    score_json  CLOB
);

CREATE TABLE IF NOT EXISTS journal (
    session_id  VARCHAR(32)  NOT NULL REFERENCES session(id),
    seq         INT          NOT NULL,
    action      VARCHAR(4096) NOT NULL,
    PRIMARY KEY (session_id, seq)
);

CREATE TABLE IF NOT EXISTS setting (
    name        VARCHAR(64)  PRIMARY KEY,
    value_text  VARCHAR(512) NOT NULL
);

CREATE SEQUENCE IF NOT EXISTS session_number START WITH 1;
