package org.socialmission.metrics.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the questions of a whole questionnaire together: ids are unique, and every {@code
 * showWhen} refers to an earlier question of a type that can be a condition, with a value that
 * question can have.
 */
final class ConditionChecker {

  private ConditionChecker() {}

  /** Every error, for the questions in the order they are asked. */
  static List<QuestionnaireError> check(List<SourcedQuestion> questions) {
    List<QuestionnaireError> errors = new ArrayList<>();
    Map<String, SourcedQuestion> earlier = new HashMap<>();
    Set<String> all =
        questions.stream()
            .map(SourcedQuestion::id)
            .filter(id -> id != null)
            .collect(Collectors.toSet());
    for (SourcedQuestion question : questions) {
      question.condition().ifPresent(c -> checkCondition(question, c, earlier, all, errors));
      if (question.id() != null && earlier.containsKey(question.id())) {
        SourcedQuestion first = earlier.get(question.id());
        errors.add(
            error(
                question,
                question.line(),
                "duplicate question id '"
                    + question.id()
                    + "' (first defined at "
                    + first.file()
                    + ":"
                    + first.line()
                    + ")"));
      } else if (question.id() != null) {
        earlier.put(question.id(), question);
      }
    }
    return errors;
  }

  private static void checkCondition(
      SourcedQuestion question,
      Condition condition,
      Map<String, SourcedQuestion> earlier,
      Set<String> all,
      List<QuestionnaireError> errors) {
    SourcedQuestion target = earlier.get(condition.questionId());
    if (target == null) {
      String why =
          condition.questionId().equals(question.id())
              ? "itself"
              : all.contains(condition.questionId())
                  ? "a later question '"
                      + condition.questionId()
                      + "': a condition may only refer to an earlier question"
                  : "an unknown question '" + condition.questionId() + "'";
      errors.add(error(question, question.conditionLine(), "'showWhen' refers to " + why));
      return;
    }
    problem(condition, target)
        .ifPresent(p -> errors.add(error(question, question.conditionLine(), p)));
  }

  /** What is wrong with the condition on this target, if anything. */
  private static Optional<String> problem(Condition condition, SourcedQuestion target) {
    if (target.type().isEmpty()) {
      return Optional.empty();
    }
    QuestionType type = target.type().get();
    Condition.Test expected =
        type == QuestionType.MULTIPLE ? Condition.Test.CONTAINS : Condition.Test.EQUALS;
    String about = "'showWhen' on " + type.code() + " question '" + target.id() + "'";
    if (type != QuestionType.YESNO
        && type != QuestionType.SINGLE
        && type != QuestionType.MULTIPLE) {
      return Optional.of(about + ": only yesno, single and multiple questions can be conditions");
    }
    if (condition.test() != expected) {
      return Optional.of(about + " must use '" + expected.key() + "'");
    }
    return valueProblem(condition.value(), type, target, about);
  }

  private static Optional<String> valueProblem(
      String value, QuestionType type, SourcedQuestion target, String about) {
    if (type == QuestionType.YESNO) {
      return Set.of("yes", "no").contains(value)
          ? Optional.empty()
          : Optional.of(about + " must compare with yes or no, not '" + value + "'");
    }
    boolean known =
        target.rule().map(rule -> ((ChoiceRule) rule).option(value).isPresent()).orElse(true);
    return known
        ? Optional.empty()
        : Optional.of(about + " refers to an unknown option '" + value + "'");
  }

  private static QuestionnaireError error(SourcedQuestion question, int line, String message) {
    return new QuestionnaireError(question.file(), line, message);
  }
}
