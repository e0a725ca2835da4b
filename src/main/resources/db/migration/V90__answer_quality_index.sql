-- The staff dashboard lists the schools leaning on estimates (issue 13): found from the few answers
-- marked estimate through this index, instead of checking every answer of every assessment of the
-- cycle at each view.
CREATE INDEX answer_quality_idx ON answer (quality, assessment_id);
