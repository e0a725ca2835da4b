package org.socialmission.metrics.questionnaire;

import java.math.BigDecimal;

/** The rule of a free-text question: it never gives points and has no maximum. */
public record NoScoring() implements ScoringRule {

  @Override
  public BigDecimal maxPoints() {
    return BigDecimal.ZERO;
  }
}
