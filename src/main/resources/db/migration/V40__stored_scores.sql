-- Stored scores: every assessment's scores and progress, written in the same transaction as each
-- change of its answers or state (save, batch save, submit, reopen, import), so that completion,
-- the dashboard and trends read them instead of loading and scoring every answer of a cycle.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

-- scored_revision is the assessment's revision the row was computed at (start-up fills in rows of
-- assessments from before this table, or whose revision moved without them). Scores are the exact
-- 16-significant-digit decimals the scorer gives (NULL where undefined), kept as text so they read
-- back identical; done_* are the percent of required visible questions answered per modality, and
-- percent over all of them (floored, 100 when none is required).
CREATE TABLE assessment_score (
    assessment_id     BIGINT      NOT NULL PRIMARY KEY REFERENCES assessment (id),
    scored_revision   BIGINT      NOT NULL,
    percent           INTEGER     NOT NULL,
    done_mission      INTEGER     NOT NULL,
    done_pipeline     INTEGER     NOT NULL,
    done_admissions   INTEGER     NOT NULL,
    done_curriculum   INTEGER     NOT NULL,
    done_clinical     INTEGER     NOT NULL,
    done_debt         INTEGER     NOT NULL,
    done_mentoring    INTEGER     NOT NULL,
    done_graduates    INTEGER     NOT NULL,
    score_overall     VARCHAR(40),
    score_mission     VARCHAR(40),
    score_pipeline    VARCHAR(40),
    score_admissions  VARCHAR(40),
    score_curriculum  VARCHAR(40),
    score_clinical    VARCHAR(40),
    score_debt        VARCHAR(40),
    score_mentoring   VARCHAR(40),
    score_graduates   VARCHAR(40)
);

-- Moves on whenever the set of submitted scores of the cycle may change (submit, reopen, import,
-- a school's attributes), so an instance may keep figures computed from them (the dashboard)
-- under this number and know from one row whether they still hold.
ALTER TABLE cycle ADD COLUMN scores_version BIGINT DEFAULT 0 NOT NULL;

CREATE INDEX assessment_cycle_idx ON assessment (cycle, state);
