package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How the peers' values of one measure are spread: count, extremes, quartiles (Excel
 * PERCENTILE.INC) and mean. Never includes the school being compared.
 *
 * <p>Invariants: {@code n >= 1}; {@code min <= p25 <= median <= p75 <= max}.
 */
public record Distribution(
    int n,
    BigDecimal min,
    BigDecimal p25,
    BigDecimal median,
    BigDecimal p75,
    BigDecimal max,
    BigDecimal mean) {

  /** Checks the invariants. */
  public Distribution {
    Objects.requireNonNull(mean, "mean");
    if (n < 1) {
      throw new IllegalArgumentException("a distribution needs at least one value");
    }
    if (min.compareTo(p25) > 0
        || p25.compareTo(median) > 0
        || median.compareTo(p75) > 0
        || p75.compareTo(max) > 0) {
      throw new IllegalArgumentException("quantiles out of order");
    }
  }

  /**
   * This distribution as it is shown: every value rounded by {@link DisplayPrecision} (rounding
   * keeps the order).
   */
  public Distribution rounded() {
    return new Distribution(
        n,
        DisplayPrecision.round(min),
        DisplayPrecision.round(p25),
        DisplayPrecision.round(median),
        DisplayPrecision.round(p75),
        DisplayPrecision.round(max),
        DisplayPrecision.round(mean));
  }
}
