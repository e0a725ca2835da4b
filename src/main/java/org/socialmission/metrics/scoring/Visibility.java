package org.socialmission.metrics.scoring;

import java.util.Map;
import org.socialmission.metrics.questionnaire.Condition;
import org.socialmission.metrics.questionnaire.Question;

/**
 * Whether a question is shown: it has no condition, or the question its condition refers to is
 * itself shown and has an answer that meets the condition. "Not applicable" or no answer never
 * meets one.
 */
final class Visibility {

  private Visibility() {}

  /**
   * @param shown whether each earlier question is shown (targets always come earlier)
   */
  static boolean isShown(
      Question question, Map<String, Answer> answers, Map<String, Boolean> shown) {
    if (question.showWhen().isEmpty()) {
      return true;
    }
    Condition condition = question.showWhen().get();
    return shown.getOrDefault(condition.questionId(), false)
        && meets(condition, answers.get(condition.questionId()));
  }

  private static boolean meets(Condition condition, Answer answer) {
    if (answer instanceof Answer.YesNo yesNo) {
      return condition.isMetBy(yesNo.yes());
    }
    if (answer instanceof Answer.Choice choice) {
      return condition.isMetBy(choice.optionId());
    }
    if (answer instanceof Answer.Choices choices) {
      return condition.isMetBy(choices.optionIds());
    }
    return false;
  }
}
