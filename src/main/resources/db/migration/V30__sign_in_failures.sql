-- Sign-in bookkeeping that never collides with itself: one row per failed attempt, inserted and
-- never updated, so parallel failures all count; a successful sign-in writes no versioned row.
-- The throttle counts these rows by account (email as typed, normalized) and client address.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

CREATE SEQUENCE sign_in_failure_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE sign_in_failure (
    id        BIGINT       NOT NULL PRIMARY KEY,
    email     VARCHAR(254) NOT NULL,
    client    VARCHAR(64)  NOT NULL,
    failed_at TIMESTAMP    NOT NULL
);

CREATE INDEX sign_in_failure_pair_idx ON sign_in_failure (email, client, failed_at);
CREATE INDEX sign_in_failure_client_idx ON sign_in_failure (client, failed_at);
CREATE INDEX sign_in_failure_time_idx ON sign_in_failure (failed_at);

-- The lock lived on the account row, which every attempt wrote; the failures above replace it.
ALTER TABLE account DROP COLUMN failed_sign_ins;
ALTER TABLE account DROP COLUMN locked_until;
