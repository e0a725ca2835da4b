package org.socialmission.metrics.benchmark;

import java.util.Optional;
import org.socialmission.metrics.questionnaire.AspireDomain;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.QuestionType;
import org.socialmission.metrics.questionnaire.ScoringRule;
import org.socialmission.metrics.questionnaire.TheNetPart;

/** Questions for tests that only care about a question's id, type and scoring rule. */
final class TestQuestions {

  private TestQuestions() {}

  /** A required question that allows "not applicable", with placeholder text. */
  static Question question(String id, QuestionType type, ScoringRule rule) {
    return new Question(
        id,
        type,
        "Q?",
        "help",
        true,
        true,
        Optional.empty(),
        TheNetPart.NEEDS,
        AspireDomain.ORGANISATION,
        rule);
  }
}
