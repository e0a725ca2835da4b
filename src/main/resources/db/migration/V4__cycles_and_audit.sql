-- Assessment cycles that staff open and close, the questionnaire version each discipline uses in a
-- cycle, and the audit log of administrative changes.

CREATE TABLE cycle (
    cycle_year  INTEGER     NOT NULL PRIMARY KEY,
    state       VARCHAR(8)  NOT NULL CHECK (state IN ('OPEN', 'CLOSED')),
    deadline    DATE,
    opened_at   TIMESTAMP   NOT NULL,
    closed_at   TIMESTAMP
);

CREATE TABLE cycle_questionnaire (
    cycle_year            INTEGER     NOT NULL REFERENCES cycle (cycle_year),
    discipline_code       VARCHAR(32) NOT NULL REFERENCES discipline (code),
    questionnaire_id      VARCHAR(64) NOT NULL,
    questionnaire_version INTEGER     NOT NULL,
    PRIMARY KEY (cycle_year, discipline_code)
);

CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(254)  NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    target      VARCHAR(200)  NOT NULL,
    details     VARCHAR(4000)
);

CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
