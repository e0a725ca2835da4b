package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;

/**
 * The quarter of its peers a school falls in, by its percentile rank: at least 75 is {@link #TOP},
 * at least 50 {@link #SECOND}, at least 25 {@link #THIRD}, below 25 {@link #FOURTH}.
 */
public enum Quartile {
  TOP("Top"),
  SECOND("Second"),
  THIRD("Third"),
  FOURTH("Fourth");

  private static final BigDecimal SEVENTY_FIVE = BigDecimal.valueOf(75);
  private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
  private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);

  private final String label;

  Quartile(String label) {
    this.label = label;
  }

  /** The word shown in reports, e.g. {@code Top}. */
  public String label() {
    return label;
  }

  /** The quartile of a percentile rank (0–100). */
  public static Quartile ofRank(BigDecimal percentileRank) {
    if (percentileRank.compareTo(SEVENTY_FIVE) >= 0) {
      return TOP;
    }
    if (percentileRank.compareTo(FIFTY) >= 0) {
      return SECOND;
    }
    return percentileRank.compareTo(TWENTY_FIVE) >= 0 ? THIRD : FOURTH;
  }
}
