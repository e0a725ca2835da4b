package org.socialmission.metrics.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.socialmission.metrics.benchmark.SchoolEntry;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.QuestionType;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * A school in the benchmark release: its benchmarking entry and its answers as they were when the
 * release was published. The answers are read only in aggregate (shares, quartiles), never shown
 * one by one, and only for schools of the subject's discipline on the same questionnaire version;
 * pass an empty map for the others.
 *
 * @param shownAnswers the answers to questions that were shown to the school, answered or marked
 *     not applicable (never free text), by question id; a release computes them once when it is
 *     published, so a report does not score its peers again
 */
public record PeerSubmission(SchoolEntry school, Map<String, Answer> shownAnswers) {

  /** Requires the entry and freezes the answers. */
  public PeerSubmission {
    Objects.requireNonNull(school, "school");
    shownAnswers = Map.copyOf(shownAnswers);
  }

  /**
   * The answers a school's peers may see in aggregate: those to questions shown to it and answered
   * or marked not applicable, never free text.
   *
   * @param card the scores of {@code answers} on {@code questionnaire}
   */
  public static Map<String, Answer> shown(
      Questionnaire questionnaire, Map<String, Answer> answers, ScoreCard card) {
    Map<String, Answer> shown = new LinkedHashMap<>();
    for (Question question : questionnaire.questions()) {
      Answer answer = answers.get(question.id());
      if (question.type() != QuestionType.TEXT
          && answer != null
          && card.question(question.id()).isAnswered()) {
        shown.put(question.id(), answer);
      }
    }
    return shown;
  }
}
