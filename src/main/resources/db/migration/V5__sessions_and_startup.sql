-- Access that ends when it is taken away, and a start-up that runs once when instances start
-- together. Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

-- Grows when an account is deactivated or its password changes; a session remembers the value
-- it signed in with and ends at its next request once they differ.
ALTER TABLE account ADD COLUMN session_epoch INT DEFAULT 0 NOT NULL;

-- One row that start-up locks (SELECT ... FOR UPDATE) while it checks for and creates the first
-- cycle, the first administrator and the demo data: a second instance waits, then finds them.
CREATE TABLE startup_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO startup_lock (id) VALUES (1);
