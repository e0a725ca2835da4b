-- One cycle is open at a time. Opening or reopening a cycle checks that no other one is open and
-- then opens it; both steps run while holding a lock on this single row (SELECT ... FOR UPDATE),
-- so that two staff opening two cycles at the same moment, on one instance or on several, take
-- turns and the second finds the first one's cycle open. Portable SQL: H2 2.x and PostgreSQL.
CREATE TABLE cycle_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO cycle_lock (id) VALUES (1);
