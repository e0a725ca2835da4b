package org.socialmission.metrics.admin.imports;

import java.util.Optional;
import org.socialmission.metrics.questionnaire.Questionnaire;

/**
 * What {@link AnswerCsvReader} asks its caller: which questionnaire a school answered in a cycle.
 * The caller decides which version a cycle uses; the reader asks once per school and cycle.
 */
@FunctionalInterface
public interface QuestionnaireLookup {

  /** The questionnaire of the school in the cycle; empty when no school has this code. */
  Optional<Questionnaire> questionnaireFor(String schoolCode, int cycle);
}
