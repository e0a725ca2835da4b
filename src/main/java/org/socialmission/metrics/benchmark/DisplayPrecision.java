package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The precision at which benchmark figures leave the server: one decimal, half up, as the pages and
 * workbooks display them. Computations stay exact; only what is shown is rounded, so that no output
 * carries digits from which a peer's exact score could be worked back (with sixteen-digit means,
 * {@code n0 × mean0 − n1 × mean1} between two groups is one school's score).
 */
public final class DisplayPrecision {

  /** Decimals shown. */
  public static final int SCALE = 1;

  /** Half of the last shown digit: how far a shown value may be from the exact one. */
  static final BigDecimal HALF_STEP = new BigDecimal("0.05");

  private DisplayPrecision() {}

  /** The value as shown, e.g. {@code 55.470196…} → {@code 55.5}. */
  public static BigDecimal round(BigDecimal value) {
    return value.setScale(SCALE, RoundingMode.HALF_UP);
  }
}
