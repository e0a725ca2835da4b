-- A school's self-assessment per cycle, its answers, the history of every change, modality owners,
-- reopenings and where each person left off.

CREATE SEQUENCE assessment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE answer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE answer_change_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE reopening_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE assessment (
    id                    BIGINT      NOT NULL PRIMARY KEY,
    school_id             BIGINT      NOT NULL REFERENCES school (id),
    cycle                 INTEGER     NOT NULL,
    questionnaire_id      VARCHAR(64) NOT NULL,
    questionnaire_version INTEGER     NOT NULL,
    state                 VARCHAR(16) NOT NULL CHECK (state IN ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED')),
    revision              BIGINT      NOT NULL DEFAULT 0,
    created_at            TIMESTAMP   NOT NULL,
    updated_at            TIMESTAMP   NOT NULL,
    submitted_at          TIMESTAMP,
    submitted_by          BIGINT      REFERENCES account (id),
    CONSTRAINT assessment_one_per_cycle UNIQUE (school_id, cycle)
);

CREATE TABLE answer (
    id              BIGINT         NOT NULL PRIMARY KEY,
    assessment_id   BIGINT         NOT NULL REFERENCES assessment (id),
    question_id     VARCHAR(100)   NOT NULL,
    answer_value    VARCHAR(10000),
    not_applicable  BOOLEAN        NOT NULL DEFAULT FALSE,
    revision        INTEGER        NOT NULL,
    updated_by      BIGINT         NOT NULL REFERENCES account (id),
    updated_at      TIMESTAMP      NOT NULL,
    CONSTRAINT answer_one_per_question UNIQUE (assessment_id, question_id)
);

CREATE TABLE answer_change (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    assessment_id      BIGINT         NOT NULL REFERENCES assessment (id),
    question_id        VARCHAR(100)   NOT NULL,
    old_value          VARCHAR(10000),
    old_not_applicable BOOLEAN        NOT NULL,
    new_value          VARCHAR(10000),
    new_not_applicable BOOLEAN        NOT NULL,
    changed_by         BIGINT         NOT NULL REFERENCES account (id),
    changed_at         TIMESTAMP      NOT NULL
);

CREATE INDEX answer_change_question_idx ON answer_change (assessment_id, question_id);

CREATE TABLE modality_owner (
    assessment_id BIGINT      NOT NULL REFERENCES assessment (id),
    modality_id   VARCHAR(32) NOT NULL,
    account_id    BIGINT      NOT NULL REFERENCES account (id),
    PRIMARY KEY (assessment_id, modality_id)
);

CREATE TABLE reopening (
    id            BIGINT        NOT NULL PRIMARY KEY,
    assessment_id BIGINT        NOT NULL REFERENCES assessment (id),
    reason        VARCHAR(2000) NOT NULL,
    reopened_by   BIGINT        NOT NULL REFERENCES account (id),
    reopened_at   TIMESTAMP     NOT NULL
);

CREATE TABLE assessment_visit (
    assessment_id BIGINT      NOT NULL REFERENCES assessment (id),
    account_id    BIGINT      NOT NULL REFERENCES account (id),
    last_step     VARCHAR(32) NOT NULL,
    visited_at    TIMESTAMP   NOT NULL,
    PRIMARY KEY (assessment_id, account_id)
);
