package org.socialmission.metrics.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;

/**
 * The scores of one set of answers on one questionnaire version: per question, per modality (in
 * questionnaire order) and overall. The overall score is empty when no modality has a score.
 * Questions and modalities are found by id in constant time: pages ask for every question's score.
 */
public final class ScoreCard {

  private final QuestionnaireKey questionnaire;
  private final List<ModalityScore> modalities;
  private final Optional<Ratio> overall;
  private final Map<String, ModalityScore> modalitiesById = new HashMap<>();
  private final Map<String, QuestionScore> questionsById = new HashMap<>();

  /** Freezes the modalities. */
  public ScoreCard(
      QuestionnaireKey questionnaire, List<ModalityScore> modalities, Optional<Ratio> overall) {
    this.questionnaire = questionnaire;
    this.modalities = List.copyOf(modalities);
    this.overall = Objects.requireNonNull(overall, "overall");
    for (ModalityScore modality : this.modalities) {
      modalitiesById.putIfAbsent(modality.modalityId(), modality);
      for (QuestionScore question : modality.questions()) {
        questionsById.putIfAbsent(question.questionId(), question);
      }
    }
  }

  public QuestionnaireKey questionnaire() {
    return questionnaire;
  }

  public List<ModalityScore> modalities() {
    return modalities;
  }

  public Optional<Ratio> overall() {
    return overall;
  }

  /** The result of the modality with this id. */
  public ModalityScore modality(String modalityId) {
    ModalityScore modality = modalitiesById.get(modalityId);
    if (modality == null) {
      throw new IllegalArgumentException("unknown modality " + modalityId);
    }
    return modality;
  }

  /** The result of the question with this id. */
  public QuestionScore question(String questionId) {
    QuestionScore question = questionsById.get(questionId);
    if (question == null) {
      throw new IllegalArgumentException("unknown question " + questionId);
    }
    return question;
  }

  /** Required visible questions answered, over all modalities. */
  public int answeredRequired() {
    return modalities.stream().mapToInt(ModalityScore::answeredRequired).sum();
  }

  /** Required visible questions, over all modalities. */
  public int required() {
    return modalities.stream().mapToInt(ModalityScore::required).sum();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScoreCard card
        && Objects.equals(questionnaire, card.questionnaire)
        && modalities.equals(card.modalities)
        && overall.equals(card.overall);
  }

  @Override
  public int hashCode() {
    return Objects.hash(questionnaire, modalities, overall);
  }

  @Override
  public String toString() {
    return "ScoreCard[questionnaire="
        + questionnaire
        + ", modalities="
        + modalities
        + ", overall="
        + overall
        + "]";
  }
}
