-- Cohorts: the signed results a hiring team imported, one per candidate of a cohort, and the metrics read from
-- each result's score card (score, components, response time, ...), so a cohort report needs no result file again.
-- digest is the SHA-256 of the result file as imported: importing the same file again changes nothing.
CREATE TABLE IF NOT EXISTS cohort_result (
    cohort      VARCHAR(128) NOT NULL,
    candidate   VARCHAR(256) NOT NULL,
    scenario    VARCHAR(512) NOT NULL,
    variant     VARCHAR(256) NOT NULL,
    role        VARCHAR(16)  NOT NULL,
    source      CLOB         NOT NULL,
    digest      VARCHAR(64)  NOT NULL,
    position    INT          NOT NULL,
    PRIMARY KEY (cohort, candidate)
);

CREATE TABLE IF NOT EXISTS cohort_metric (
    cohort      VARCHAR(128) NOT NULL,
    candidate   VARCHAR(256) NOT NULL,
    metric      VARCHAR(64)  NOT NULL,
    metric_value DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (cohort, candidate, metric),
    FOREIGN KEY (cohort, candidate) REFERENCES cohort_result (cohort, candidate)
)
