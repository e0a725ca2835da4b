package org.socialmission.metrics.questionnaire;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One option of a single-choice or checklist question, with the points it gives (never negative).
 */
public record Option(String id, String label, BigDecimal points) {

  /** Requires all parts and non-negative points. */
  public Option {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    if (points.signum() < 0) {
      throw new IllegalArgumentException("negative points for option " + id);
    }
  }
}
