-- Stored with the scores: how many of an assessment's answers are marked estimate and what share
-- of its points rests on them (a whole percent, rounded half up; NULL without points), so that the
-- dashboard lists the schools leaning most on estimates from one query of the stored scores
-- instead of loading and scoring the answers of every such assessment of the cycle on each visit.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
ALTER TABLE assessment_score ADD COLUMN estimated_answers INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE assessment_score ADD COLUMN estimate_percent INTEGER;

-- Rows of assessments with an answer marked estimate are behind from now on: start-up scores them
-- again (ScoreKeeper.backfillBatch), which fills both columns in.
UPDATE assessment_score SET scored_revision = -1
 WHERE assessment_id IN (SELECT assessment_id FROM answer WHERE quality = 'estimate');

-- The list starts from the few rows with an estimate, not from every assessment of the cycle.
CREATE INDEX assessment_score_estimates_idx ON assessment_score (estimated_answers);
