package org.socialmission.metrics.questionnaire;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A range of a number or percentage answer and the points it gives. A band covers {@code [from,
 * to)}; {@code to} is absent only on an open-ended last band. The last band of a question also
 * includes its {@code to} (see {@link BandRule}).
 */
public record Band(BigDecimal from, Optional<BigDecimal> to, BigDecimal points) {

  /** Requires from &lt; to and non-negative points. */
  public Band {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isPresent() && from.compareTo(to.get()) >= 0) {
      throw new IllegalArgumentException("band must have from < to: " + from + ", " + to.get());
    }
    if (points.signum() < 0) {
      throw new IllegalArgumentException("negative band points");
    }
  }

  /**
   * Whether the value lies in this band; {@code closedAbove} makes {@code to} itself belong to it.
   */
  boolean contains(BigDecimal value, boolean closedAbove) {
    if (value.compareTo(from) < 0) {
      return false;
    }
    return to.map(end -> closedAbove ? value.compareTo(end) <= 0 : value.compareTo(end) < 0)
        .orElse(true);
  }
}
