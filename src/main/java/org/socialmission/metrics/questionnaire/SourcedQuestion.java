package org.socialmission.metrics.questionnaire;

import java.util.Optional;

/**
 * A question as read from a file, with where it came from. Parts are empty where the file had
 * mistakes; the id, type and rule are still kept when present so that cross-checks (duplicates,
 * conditions) work without piling up follow-on errors.
 */
record SourcedQuestion(
    String id,
    String file,
    int line,
    Optional<QuestionType> type,
    Optional<ScoringRule> rule,
    Optional<Condition> condition,
    int conditionLine,
    Optional<Question> question) {}
