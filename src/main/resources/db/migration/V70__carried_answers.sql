-- Answers a team carried over from the school's previous cycle (issue 14): the cycle an answer came
-- from, until someone of the team confirms or changes it (then NULL again). Portable SQL: H2 2.x and
-- PostgreSQL.

ALTER TABLE answer ADD COLUMN carried_from_cycle INTEGER;
