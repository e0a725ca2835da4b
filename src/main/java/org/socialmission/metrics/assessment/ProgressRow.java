package org.socialmission.metrics.assessment;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Where one school stands in a cycle, read from the stored scores: a school without an assessment
 * is {@link AssessmentState#NOT_STARTED} with 0 % everywhere and no last activity.
 *
 * @param modalityPercents completion per modality, in questionnaire order
 * @param percent completion over all modalities
 */
public record ProgressRow(
    String code,
    String name,
    String discipline,
    AssessmentState state,
    List<Integer> modalityPercents,
    int percent,
    LocalDateTime lastActivity) {

  /** Freezes the percents. */
  public ProgressRow {
    modalityPercents = List.copyOf(modalityPercents);
  }
}
