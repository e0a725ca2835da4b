package org.socialmission.metrics.questionnaire;

import java.math.BigDecimal;

/** Points for a yes/no question: {@code yesPoints} for yes, {@code noPoints} (usually 0) for no. */
public record YesNoRule(BigDecimal yesPoints, BigDecimal noPoints) implements ScoringRule {

  /** Requires non-negative points. */
  public YesNoRule {
    if (yesPoints.signum() < 0 || noPoints.signum() < 0) {
      throw new IllegalArgumentException("negative yes/no points");
    }
  }

  /** The points of an answer. */
  public BigDecimal points(boolean yes) {
    return yes ? yesPoints : noPoints;
  }

  @Override
  public BigDecimal maxPoints() {
    return yesPoints.max(noPoints);
  }
}
