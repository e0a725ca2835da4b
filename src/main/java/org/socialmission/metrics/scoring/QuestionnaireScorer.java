package org.socialmission.metrics.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireException;

/**
 * Scores a set of answers against a questionnaire (rules in the package documentation). Pure and
 * stateless: the same answers always give the same {@link ScoreCard}. Usage:
 *
 * <pre>{@code
 * ScoreCard card = QuestionnaireScorer.score(questionnaire, Map.of(
 *         "mission.equity-statement", Answer.yes(),
 *         "debt.median-debt", Answer.amount("182000")));
 * card.overall().map(Ratio::toDisplay);   // e.g. "57.3"
 * }</pre>
 *
 * An answer to an unknown question, an answer of the wrong kind, an unknown option, a number out of
 * bounds, or "not applicable" where it is not allowed raises {@link QuestionnaireException}.
 */
public final class QuestionnaireScorer {

  private QuestionnaireScorer() {}

  /** The score card of the answers, keyed by question id; absent keys are unanswered questions. */
  public static ScoreCard score(Questionnaire questionnaire, Map<String, Answer> answers) {
    Map<String, Question> questions = questionnaire.questionsById();
    answers.keySet().stream()
        .filter(id -> !questions.containsKey(id))
        .findFirst()
        .ifPresent(
            id -> {
              throw new QuestionnaireException("scoring.unknownQuestion", questionnaire.key(), id);
            });
    Map<String, Boolean> shown = new HashMap<>();
    List<ModalityScore> modalities = new ArrayList<>();
    for (Modality modality : questionnaire.modalities()) {
      List<QuestionScore> scores = new ArrayList<>();
      for (Question question : modality.questions()) {
        shown.put(question.id(), Visibility.isShown(question, answers, shown));
        scores.add(
            score(
                question,
                Optional.ofNullable(answers.get(question.id())),
                shown.get(question.id())));
      }
      modalities.add(ModalityScore.of(modality.id(), modality.weight(), scores));
    }
    return new ScoreCard(questionnaire.key(), modalities, overall(modalities));
  }

  private static QuestionScore score(Question question, Optional<Answer> answer, boolean shown) {
    BigDecimal max = question.rule().maxPoints();
    if (!shown) {
      return new QuestionScore(
          question.id(), QuestionStatus.HIDDEN, BigDecimal.ZERO, BigDecimal.ZERO, false);
    }
    if (answer.isEmpty() || answer.get() instanceof Answer.Text text && text.text().isBlank()) {
      return new QuestionScore(
          question.id(), QuestionStatus.UNANSWERED, BigDecimal.ZERO, max, question.required());
    }
    if (answer.get() instanceof Answer.NotApplicable) {
      if (!question.naAllowed()) {
        throw new QuestionnaireException("scoring.notApplicableRefused", question.id());
      }
      return new QuestionScore(
          question.id(),
          QuestionStatus.NOT_APPLICABLE,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          question.required());
    }
    return new QuestionScore(
        question.id(),
        QuestionStatus.ANSWERED,
        AnswerPoints.of(question, answer.get()),
        max,
        question.required());
  }

  /** The weighted mean of the modality scores that exist, weights renormalized over them. */
  static Optional<Ratio> overall(List<ModalityScore> modalities) {
    List<ModalityScore> scored = modalities.stream().filter(m -> m.score().isPresent()).toList();
    if (scored.isEmpty()) {
      return Optional.empty();
    }
    Ratio weighted = Ratio.ZERO;
    Ratio weights = Ratio.ZERO;
    for (ModalityScore modality : scored) {
      Ratio weight = Ratio.of(modality.weight());
      weighted = weighted.plus(weight.times(modality.score().orElseThrow()));
      weights = weights.plus(weight);
    }
    return Optional.of(weighted.dividedBy(weights));
  }
}
