package org.socialmission.metrics.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How much of one school's points in a cycle rest on answers it marked {@code estimate}.
 *
 * @param discipline the discipline code
 * @param points every point the school's answers earn now
 * @param estimatePoints the points of answers marked estimate
 * @param estimatedAnswers how many answers are marked estimate
 */
public record SchoolEstimates(
    String schoolCode,
    String schoolName,
    String discipline,
    AssessmentState state,
    BigDecimal points,
    BigDecimal estimatePoints,
    int estimatedAnswers) {

  /** The share of the points on estimates as a whole percentage; empty without points. */
  public Optional<BigDecimal> percent() {
    return points.signum() == 0
        ? Optional.empty()
        : Optional.of(
            estimatePoints
                .multiply(BigDecimal.valueOf(100))
                .divide(points, 0, RoundingMode.HALF_UP));
  }
}
