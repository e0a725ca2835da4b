package org.socialmission.metrics.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The result of one modality: its questions, points out of the applicable maximum, the score 100 ×
 * points / maximum (empty when the maximum is 0), and progress.
 *
 * @param answeredRequired required visible questions answered (N/A counts as answered)
 * @param required required visible questions
 */
public record ModalityScore(
    String modalityId,
    BigDecimal weight,
    List<QuestionScore> questions,
    BigDecimal points,
    BigDecimal max,
    Optional<Ratio> score,
    int answeredRequired,
    int required) {

  private static final Ratio HUNDRED = Ratio.of(BigDecimal.valueOf(100));

  /** Freezes the questions. */
  public ModalityScore {
    questions = List.copyOf(questions);
  }

  /** Sums the question scores of one modality. */
  static ModalityScore of(String modalityId, BigDecimal weight, List<QuestionScore> questions) {
    BigDecimal points =
        questions.stream().map(QuestionScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal max =
        questions.stream().map(QuestionScore::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    Optional<Ratio> score =
        max.signum() == 0 ? Optional.empty() : Optional.of(HUNDRED.times(Ratio.of(points, max)));
    int required = (int) questions.stream().filter(QuestionScore::required).count();
    int answered = (int) questions.stream().filter(q -> q.required() && q.isAnswered()).count();
    return new ModalityScore(modalityId, weight, questions, points, max, score, answered, required);
  }

  /** Whether every required visible question is answered. */
  public boolean isComplete() {
    return answeredRequired == required;
  }
}
