-- Certificates of participation (issue 15): one per submission of an assessment, with the facts it
-- certifies as they were when it was issued (school, discipline, cycle, date submitted; never a
-- score) and an unguessable verification code (128 random bits, base64url) that anyone can check
-- at /verify/{code}. Portable SQL: H2 2.x and PostgreSQL.

CREATE TABLE certificate (
    code            VARCHAR(32)  NOT NULL PRIMARY KEY,
    assessment_id   BIGINT       NOT NULL REFERENCES assessment (id),
    school_code     VARCHAR(16)  NOT NULL,
    school_name     VARCHAR(200) NOT NULL,
    discipline_name VARCHAR(100) NOT NULL,
    cycle           INTEGER      NOT NULL,
    submitted_at    TIMESTAMP    NOT NULL,
    issued_at       TIMESTAMP    NOT NULL,
    issued_by       BIGINT       NOT NULL REFERENCES account (id),
    CONSTRAINT certificate_one_per_submission UNIQUE (assessment_id, submitted_at)
);
