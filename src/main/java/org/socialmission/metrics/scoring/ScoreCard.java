package org.socialmission.metrics.scoring;

import java.util.List;
import java.util.Optional;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;

/**
 * The scores of one set of answers on one questionnaire version: per question, per modality (in
 * questionnaire order) and overall. The overall score is empty when no modality has a score.
 */
public record ScoreCard(
    QuestionnaireKey questionnaire, List<ModalityScore> modalities, Optional<Ratio> overall) {

  /** Freezes the modalities. */
  public ScoreCard {
    modalities = List.copyOf(modalities);
  }

  /** The result of the modality with this id. */
  public ModalityScore modality(String modalityId) {
    return modalities.stream()
        .filter(m -> m.modalityId().equals(modalityId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown modality " + modalityId));
  }

  /** The result of the question with this id. */
  public QuestionScore question(String questionId) {
    return modalities.stream()
        .flatMap(m -> m.questions().stream())
        .filter(q -> q.questionId().equals(questionId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown question " + questionId));
  }

  /** Required visible questions answered, over all modalities. */
  public int answeredRequired() {
    return modalities.stream().mapToInt(ModalityScore::answeredRequired).sum();
  }

  /** Required visible questions, over all modalities. */
  public int required() {
    return modalities.stream().mapToInt(ModalityScore::required).sum();
  }
}
