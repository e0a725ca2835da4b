-- Where an answer comes from (issue 15): the school's data-quality mark and its evidence (document
-- names and links, one per line), on the answer and in its history. Reported apart from the score;
-- never part of a benchmark release or a research export. Portable SQL: H2 2.x and PostgreSQL.

ALTER TABLE answer ADD COLUMN quality VARCHAR(16);
ALTER TABLE answer ADD COLUMN evidence VARCHAR(3100);
ALTER TABLE answer ADD CONSTRAINT answer_quality_known
    CHECK (quality IS NULL OR quality IN ('verified', 'estimate', 'not-tracked'));

ALTER TABLE answer_change ADD COLUMN old_quality VARCHAR(16);
ALTER TABLE answer_change ADD COLUMN old_evidence VARCHAR(3100);
ALTER TABLE answer_change ADD COLUMN new_quality VARCHAR(16);
ALTER TABLE answer_change ADD COLUMN new_evidence VARCHAR(3100);
