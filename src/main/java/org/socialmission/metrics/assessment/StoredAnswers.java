package org.socialmission.metrics.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.scoring.Answer;

/** Stored answers as scoring answers and as display text. */
final class StoredAnswers {

  private StoredAnswers() {}

  static Map<String, AnswerView> byQuestion(List<StoredAnswer> stored) {
    Map<String, AnswerView> views = new LinkedHashMap<>();
    stored.forEach(s -> views.put(s.getQuestionId(), AnswerView.of(s)));
    return Map.copyOf(views);
  }

  /**
   * The answers to score. Answers to questions the version does not have, or that no longer parse,
   * are left out rather than failing a whole page.
   */
  static Map<String, Answer> toAnswers(
      Questionnaire questionnaire, Map<String, AnswerView> answers) {
    Map<String, Answer> parsed = new LinkedHashMap<>();
    for (AnswerView view : answers.values()) {
      if (view.value() == null && !view.notApplicable()) {
        continue; // a withdrawn answer: unanswered
      }
      questionnaire
          .question(view.questionId())
          .ifPresent(
              question -> {
                try {
                  parsed.put(
                      view.questionId(),
                      view.notApplicable()
                          ? AnswerCodec.notApplicable(question)
                          : AnswerCodec.parse(question, view.value()));
                } catch (InvalidAnswerException stale) {
                  // Stored before a stricter rule; it scores as unanswered and the team sees the
                  // field to fix.
                }
              });
    }
    return parsed;
  }
}
