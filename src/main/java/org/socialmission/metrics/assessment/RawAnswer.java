package org.socialmission.metrics.assessment;

import org.socialmission.metrics.questionnaire.Questionnaire;

/**
 * One entry of a batch of answers as a client sent it (say, typed JSON), read into an {@link
 * AnswerInput} only once {@link AssessmentService#saveAll} has checked access, state and version
 * and knows the questionnaire. So a bad entry never answers before a refusal that a client must see
 * first, and the service validates every entry in one place.
 */
@FunctionalInterface
public interface RawAnswer {

  /**
   * The entry as an answer to store; the service then checks the value against its question.
   *
   * @throws InvalidAnswerException when the entry cannot be read (no question, a value of the wrong
   *     type)
   */
  AnswerInput read(Questionnaire questionnaire);
}
