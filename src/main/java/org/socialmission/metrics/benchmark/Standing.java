package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where a school's own value stands among its peers.
 *
 * @param own the school's value
 * @param percentileRank (peers strictly below + ½ peers tied) / n × 100, in [0, 100]
 * @param quartile the quartile of that rank; of the exact rank when the rank is {@link #rounded()}
 */
public record Standing(BigDecimal own, BigDecimal percentileRank, Quartile quartile) {

  /** Requires all parts and a quartile within rounding of the rank. */
  public Standing {
    Objects.requireNonNull(own, "own");
    Objects.requireNonNull(quartile, "quartile");
    if (Quartile.ofRank(percentileRank) != quartile
        && Quartile.ofRank(percentileRank.subtract(DisplayPrecision.HALF_STEP)) != quartile
        && Quartile.ofRank(percentileRank.add(DisplayPrecision.HALF_STEP)) != quartile) {
      throw new IllegalArgumentException(
          "quartile " + quartile + " does not fit " + percentileRank);
    }
  }

  /**
   * This standing as it is shown: own score and rank rounded by {@link DisplayPrecision}, the
   * quartile still that of the exact rank.
   */
  public Standing rounded() {
    return new Standing(
        DisplayPrecision.round(own), DisplayPrecision.round(percentileRank), quartile);
  }
}
