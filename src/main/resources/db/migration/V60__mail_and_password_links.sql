-- Mail, and links that let people choose their own password.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

-- The outbox: every mail is written here in the transaction of the change that causes it, then
-- delivered by SMTP (when configured) with retries. A delivered mail keeps no body (it may carry a
-- password link); without SMTP the mails stay here for staff to read.
CREATE SEQUENCE mail_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mail (
    id              BIGINT        NOT NULL PRIMARY KEY,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            VARCHAR(8000),
    state           VARCHAR(8)    NOT NULL CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts        INTEGER       DEFAULT 0 NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    claimed_at      TIMESTAMP,
    sent_at         TIMESTAMP,
    last_error      VARCHAR(500)
);

CREATE INDEX mail_due_idx ON mail (state, next_attempt_at);
CREATE INDEX mail_recipient_idx ON mail (recipient);
CREATE INDEX mail_created_idx ON mail (created_at);

-- Mails that go out once only (a reminder per cycle, school and day count; a dean's notice):
-- the first instance to insert the topic sends them.
CREATE TABLE mail_once (
    topic      VARCHAR(200) NOT NULL PRIMARY KEY,
    created_at TIMESTAMP    NOT NULL
);

-- Invitation and reset links: only a SHA-256 hash of the token is kept; a link is used once and
-- expires.
CREATE SEQUENCE password_link_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE password_link (
    id         BIGINT      NOT NULL PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES account (id),
    purpose    VARCHAR(12) NOT NULL CHECK (purpose IN ('INVITATION', 'RESET')),
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    created_at TIMESTAMP   NOT NULL,
    expires_at TIMESTAMP   NOT NULL,
    used_at    TIMESTAMP
);

CREATE INDEX password_link_account_idx ON password_link (account_id, created_at);

-- "Forgot password" requests by client address, for the throttle (whether or not the email has
-- an account).
CREATE TABLE password_reset_request (
    client       VARCHAR(64) NOT NULL,
    requested_at TIMESTAMP   NOT NULL
);

CREATE INDEX password_reset_request_idx ON password_reset_request (client, requested_at);
