package org.socialmission.metrics.assessment;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How much of one school's points in a cycle rest on answers it marked {@code estimate}, as stored
 * with its scores.
 *
 * @param discipline the discipline code
 * @param estimatePercent the share of its points on estimates, a whole percent; null without points
 * @param estimatedAnswers how many answers are marked estimate
 */
public record SchoolEstimates(
    String schoolCode,
    String schoolName,
    String discipline,
    AssessmentState state,
    Integer estimatePercent,
    int estimatedAnswers) {

  /** The share of the points on estimates as a whole percentage; empty without points. */
  public Optional<BigDecimal> percent() {
    return Optional.ofNullable(estimatePercent).map(BigDecimal::valueOf);
  }
}
