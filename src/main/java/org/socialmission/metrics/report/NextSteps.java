package org.socialmission.metrics.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.socialmission.metrics.benchmark.Quartile;
import org.socialmission.metrics.questionnaire.Phase;
import org.socialmission.metrics.questionnaire.Resource;

/**
 * A school's next-steps plan: every modality with its score, quartile (when peers allow one) and
 * developmental phase, and for the weakest modalities the questions with the most points left, each
 * with the public resources its guidance file names. Built by {@link NextStepsPlanner}.
 *
 * @param modalities all eight, in questionnaire order
 * @param steps the weakest modalities that have points left, weakest first
 */
public record NextSteps(List<ModalityStanding> modalities, List<Step> steps) {

  /** No plan: nothing to show (a workbook made without one). */
  public static final NextSteps NONE = new NextSteps(List.of(), List.of());

  /** Freezes the lists. */
  public NextSteps {
    modalities = List.copyOf(modalities);
    steps = List.copyOf(steps);
  }

  /**
   * Where a modality stands.
   *
   * @param score rounded to one decimal; empty when nothing in it applies
   * @param quartile against the chosen peer group; empty without peers to compare with
   * @param phase from the guidance file's bands; empty without bands or score
   */
  public record ModalityStanding(
      String modalityId,
      String title,
      Optional<BigDecimal> score,
      Optional<Quartile> quartile,
      Optional<Phase> phase) {}

  /** One weak modality: where it stands, its resources and its questions with most points left. */
  public record Step(
      ModalityStanding modality, List<Resource> resources, List<QuestionStep> questions) {

    /** Freezes the lists. */
    public Step {
      resources = List.copyOf(resources);
      questions = List.copyOf(questions);
    }
  }

  /**
   * A question with points left: earned {@code points} of {@code max}, {@code pointsLeft} to gain.
   */
  public record QuestionStep(
      String questionId,
      String text,
      BigDecimal points,
      BigDecimal max,
      BigDecimal pointsLeft,
      List<Resource> resources) {

    /** Freezes the resources. */
    public QuestionStep {
      resources = List.copyOf(resources);
    }
  }
}
