-- Benchmark releases: immutable snapshots of a cycle's submitted scores from which every benchmark
-- output is computed (DOMAIN.md, "Over time"). Rows are written once when staff publish and never
-- updated or deleted, so any application instance may cache a release by its id.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

CREATE SEQUENCE benchmark_release_seq START WITH 50 INCREMENT BY 50;

-- One release of a cycle, numbered 1, 2, ... within it. smallest_group is the k it was published
-- with, size_bands the lower limits of its enrollment bands (e.g. 300,600,1000), seed the secret
-- from which the pseudonyms of its peer rows are drawn.
CREATE TABLE benchmark_release (
    id             BIGINT       NOT NULL PRIMARY KEY,
    cycle_year     INTEGER      NOT NULL REFERENCES cycle (cycle_year),
    release_number INTEGER      NOT NULL CHECK (release_number >= 1),
    published_at   TIMESTAMP    NOT NULL,
    published_by   VARCHAR(254) NOT NULL,
    origin         VARCHAR(16)  NOT NULL CHECK (origin IN ('STAFF', 'CYCLE_CLOSED', 'DEMO_DATA')),
    smallest_group INTEGER      NOT NULL CHECK (smallest_group >= 5),
    size_bands     VARCHAR(200) NOT NULL,
    seed           BIGINT       NOT NULL,
    CONSTRAINT benchmark_release_number UNIQUE (cycle_year, release_number)
);

-- Every school whose assessment was submitted when the release was published: its peer-group
-- attributes and scores at that moment (exact, 0-100; NULL where undefined) and its answers to the
-- questions it was shown (JSON object of question id to text form, null for not applicable; never
-- free text), from which peers' answers are summarised.
CREATE TABLE benchmark_release_school (
    release_id            BIGINT         NOT NULL REFERENCES benchmark_release (id),
    school_code           VARCHAR(16)    NOT NULL,
    discipline_code       VARCHAR(32)    NOT NULL,
    ownership             VARCHAR(16)    NOT NULL,
    region                VARCHAR(16)    NOT NULL,
    enrollment            INTEGER        NOT NULL,
    questionnaire_id      VARCHAR(64)    NOT NULL,
    questionnaire_version INTEGER        NOT NULL,
    score_overall         NUMERIC(24, 18),
    score_mission         NUMERIC(24, 18),
    score_pipeline        NUMERIC(24, 18),
    score_admissions      NUMERIC(24, 18),
    score_curriculum      NUMERIC(24, 18),
    score_clinical        NUMERIC(24, 18),
    score_debt            NUMERIC(24, 18),
    score_mentoring       NUMERIC(24, 18),
    score_graduates       NUMERIC(24, 18),
    answers               VARCHAR(20000) NOT NULL,
    PRIMARY KEY (release_id, school_code)
);

-- Groups a release withholds because too few schools joined or left them since an earlier release,
-- e.g. 'medicine/public/west/300-599' ('-' for no filter, 'all' for all schools).
CREATE TABLE benchmark_release_withheld (
    release_id BIGINT       NOT NULL REFERENCES benchmark_release (id),
    group_key  VARCHAR(120) NOT NULL,
    PRIMARY KEY (release_id, group_key)
);

-- Whether closing a cycle publishes a release of it (absent: yes).
CREATE TABLE release_policy (
    cycle_year       INTEGER NOT NULL PRIMARY KEY REFERENCES cycle (cycle_year),
    publish_on_close BOOLEAN NOT NULL
);
