package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where a school's own value stands among its peers.
 *
 * @param own the school's value
 * @param percentileRank (peers strictly below + ½ peers tied) / n × 100, in [0, 100]
 * @param quartile the quartile of that rank
 */
public record Standing(BigDecimal own, BigDecimal percentileRank, Quartile quartile) {

  /** Requires all parts and a quartile that matches the rank. */
  public Standing {
    Objects.requireNonNull(own, "own");
    if (Quartile.ofRank(percentileRank) != quartile) {
      throw new IllegalArgumentException(
          "quartile " + quartile + " does not fit " + percentileRank);
    }
  }
}
