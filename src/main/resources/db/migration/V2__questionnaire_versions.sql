-- Questionnaire versions that assessments have used, with the SHA-256 of their files at that time.
-- At start-up the application refuses to run if such a file has changed since.
CREATE TABLE questionnaire_version (
    questionnaire_id VARCHAR(64) NOT NULL,
    version          INTEGER     NOT NULL,
    checksum         VARCHAR(64) NOT NULL,
    first_used_at    TIMESTAMP   NOT NULL,
    PRIMARY KEY (questionnaire_id, version)
);
