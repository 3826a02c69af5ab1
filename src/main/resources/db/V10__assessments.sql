-- Assessments a hiring team runs on the proctored server: a scenario and role with a time limit, and its candidates.
-- A candidate's seed is derived from the proctor secret (never stored here); their one-time token is kept only as a
-- SHA-256 hash; a public key is kept as the candidate file gave it. session_id and started_millis are set at the first
-- login: the wall-clock millisecond from which the time limit runs.
CREATE TABLE IF NOT EXISTS assessment (
    id                  VARCHAR(32)  PRIMARY KEY,
    scenario            VARCHAR(512) NOT NULL,
    role                VARCHAR(16)  NOT NULL,
    time_limit_seconds  BIGINT       NOT NULL,
    created_millis      BIGINT       NOT NULL
);

CREATE TABLE IF NOT EXISTS candidate (
    assessment_id   VARCHAR(32)   NOT NULL REFERENCES assessment(id),
    name            VARCHAR(64)   NOT NULL,
    variant         INT           NOT NULL,
    seed            BIGINT        NOT NULL,
    token_hash      VARCHAR(64),
    public_key      VARCHAR(4096),
    session_id      VARCHAR(32),
    started_millis  BIGINT,
    PRIMARY KEY (assessment_id, name)
);

CREATE SEQUENCE IF NOT EXISTS assessment_number START WITH 1
