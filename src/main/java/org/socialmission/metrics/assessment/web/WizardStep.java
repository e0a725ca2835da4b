package org.socialmission.metrics.assessment.web;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * One step of the wizard in the step list: the modality, how many of its required questions are
 * answered, and who owns it.
 *
 * @param owner the owner's name, or null when the dean assigned nobody
 */
public record WizardStep(
    String id,
    int number,
    String title,
    int answered,
    int required,
    String owner,
    boolean current) {

  /** Whether every required question of the step is answered. */
  public boolean isComplete() {
    return answered >= required;
  }

  static List<WizardStep> of(
      Questionnaire questionnaire,
      ScoreCard card,
      Map<String, AssessmentSnapshot.Owner> owners,
      String current) {
    List<Modality> modalities = questionnaire.modalities();
    return IntStream.range(0, modalities.size())
        .mapToObj(
            i -> {
              Modality m = modalities.get(i);
              var score = card.modality(m.id());
              return new WizardStep(
                  m.id(),
                  i + 1,
                  m.title(),
                  score.answeredRequired(),
                  score.required(),
                  owners.containsKey(m.id()) ? owners.get(m.id()).name() : null,
                  m.id().equals(current));
            })
        .toList();
  }
}
