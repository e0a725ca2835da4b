package org.socialmission.metrics.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.socialmission.metrics.scoring.DataQuality;
import org.socialmission.metrics.scoring.QualityShares;

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

  /**
   * The share of a row's points whose answers carry this mark, as a whole percentage rounded half
   * up; empty when the row has no points.
   */
  static Optional<BigDecimal> percent(QualityShares.Row row, DataQuality mark) {
    return row.points().signum() == 0
        ? Optional.empty()
        : Optional.of(
            row.pointsMarked(mark)
                .multiply(BigDecimal.valueOf(100))
                .divide(row.points(), 0, RoundingMode.HALF_UP));
  }
}
