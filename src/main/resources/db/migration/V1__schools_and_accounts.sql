-- Schools, their disciplines and the accounts that sign in.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
-- Ids come from sequences, not identity columns. EclipseLink allocates 50 ids at a time and
-- reads a value as the END of its block, hence START WITH 50 (the first block is 1..50).

CREATE SEQUENCE school_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE discipline (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    code_prefix VARCHAR(3)   NOT NULL UNIQUE
);

INSERT INTO discipline (code, name, code_prefix) VALUES ('medicine', 'Medicine', 'MED');
INSERT INTO discipline (code, name, code_prefix) VALUES ('nursing', 'Nursing', 'NUR');
INSERT INTO discipline (code, name, code_prefix) VALUES ('dentistry', 'Dentistry', 'DEN');

CREATE TABLE school (
    id              BIGINT       NOT NULL PRIMARY KEY,
    code            VARCHAR(16)  NOT NULL UNIQUE,
    name            VARCHAR(200) NOT NULL,
    discipline_code VARCHAR(32)  NOT NULL REFERENCES discipline (code),
    ownership       VARCHAR(16)  NOT NULL CHECK (ownership IN ('PUBLIC', 'PRIVATE')),
    region          VARCHAR(16)  NOT NULL CHECK (region IN ('NORTHEAST', 'MIDWEST', 'SOUTH', 'WEST')),
    enrollment      INTEGER      NOT NULL CHECK (enrollment >= 0),
    version         BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX school_discipline_idx ON school (discipline_code);

CREATE TABLE account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    email           VARCHAR(254) NOT NULL UNIQUE,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(400) NOT NULL,
    role            VARCHAR(16)  NOT NULL CHECK (role IN ('TEAM_MEMBER', 'DEAN', 'STAFF')),
    school_id       BIGINT       REFERENCES school (id),
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_sign_ins INTEGER      NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP,
    created_at      TIMESTAMP    NOT NULL,
    last_sign_in_at TIMESTAMP,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT account_school_matches_role CHECK (
        (role = 'STAFF' AND school_id IS NULL) OR (role <> 'STAFF' AND school_id IS NOT NULL))
);

CREATE INDEX account_school_idx ON account (school_id);
