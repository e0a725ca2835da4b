package org.socialmission.metrics.report;

import java.util.stream.Collectors;
import org.socialmission.metrics.questionnaire.BandRule;
import org.socialmission.metrics.questionnaire.ChoiceRule;
import org.socialmission.metrics.questionnaire.Option;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.QuestionType;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.QuestionStatus;

/**
 * The school's answer to a question as a reader sees it: "Yes", option labels, "42 %", its text.
 */
final class AnswerText {

  private AnswerText() {}

  static String of(Question question, QuestionStatus status, Answer answer) {
    return switch (status) {
      case HIDDEN -> "Not asked (depends on an earlier answer)";
      case UNANSWERED -> "Not answered";
      case NOT_APPLICABLE -> "Not applicable";
      case ANSWERED -> answered(question, answer);
    };
  }

  private static String answered(Question question, Answer answer) {
    if (answer instanceof Answer.YesNo yesNo) {
      return yesNo.yes() ? "Yes" : "No";
    }
    if (answer instanceof Answer.Choice choice && question.rule() instanceof ChoiceRule rule) {
      return rule.option(choice.optionId()).map(Option::label).orElse(choice.optionId());
    }
    if (answer instanceof Answer.Choices choices && question.rule() instanceof ChoiceRule rule) {
      String checked =
          rule.options().stream()
              .filter(o -> choices.optionIds().contains(o.id()))
              .map(Option::label)
              .collect(Collectors.joining("; "));
      return checked.isEmpty() ? "None checked" : checked;
    }
    if (answer instanceof Answer.Amount amount) {
      return amount.value().toPlainString() + unit(question);
    }
    return answer instanceof Answer.Text text ? text.text() : answer.toString();
  }

  private static String unit(Question question) {
    if (question.type() == QuestionType.PERCENTAGE) {
      return " %";
    }
    return question.rule() instanceof BandRule rule && !rule.unit().isBlank()
        ? " " + rule.unit()
        : "";
  }
}
