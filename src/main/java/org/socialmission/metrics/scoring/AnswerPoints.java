package org.socialmission.metrics.scoring;

import java.math.BigDecimal;
import org.socialmission.metrics.questionnaire.BandRule;
import org.socialmission.metrics.questionnaire.ChoiceRule;
import org.socialmission.metrics.questionnaire.NoScoring;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.QuestionnaireException;
import org.socialmission.metrics.questionnaire.YesNoRule;

/**
 * The points of one answer to one question, after checking that the answer fits the question: the
 * right kind, a known option, a number within bounds. An answer that does not fit is a caller's bug
 * (answers are validated when they are saved) and raises {@link QuestionnaireException}.
 */
final class AnswerPoints {

  private AnswerPoints() {}

  static BigDecimal of(Question question, Answer answer) {
    if (question.rule() instanceof YesNoRule rule && answer instanceof Answer.YesNo yesNo) {
      return rule.points(yesNo.yes());
    }
    if (question.rule() instanceof ChoiceRule rule
        && !rule.multiple()
        && answer instanceof Answer.Choice choice) {
      requireOption(question, rule, choice.optionId());
      return rule.points(choice.optionId());
    }
    if (question.rule() instanceof ChoiceRule rule
        && rule.multiple()
        && answer instanceof Answer.Choices choices) {
      choices.optionIds().forEach(id -> requireOption(question, rule, id));
      return rule.points(choices.optionIds());
    }
    if (question.rule() instanceof BandRule rule && answer instanceof Answer.Amount amount) {
      if (!rule.allows(amount.value())) {
        throw new QuestionnaireException(
            "scoring.outsideRange",
            amount.value().toPlainString(),
            question.id(),
            rule.min().toPlainString(),
            rule.max().map(BigDecimal::toPlainString).orElse("any"));
      }
      return rule.points(amount.value());
    }
    if (question.rule() instanceof NoScoring && answer instanceof Answer.Text) {
      return BigDecimal.ZERO;
    }
    throw new QuestionnaireException(
        "scoring.wrongKind", String.valueOf(answer), question.type().code(), question.id());
  }

  private static void requireOption(Question question, ChoiceRule rule, String optionId) {
    if (rule.option(optionId).isEmpty()) {
      throw new QuestionnaireException("scoring.unknownOption", question.id(), optionId);
    }
  }
}
