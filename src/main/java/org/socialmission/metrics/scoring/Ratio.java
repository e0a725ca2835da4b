package org.socialmission.metrics.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact non-negative rational number, the form in which scores are kept so that averaging never
 * accumulates rounding. Round only to show it: {@link #toDisplay()} gives one decimal, half up.
 *
 * <p>Invariant: the fraction is reduced and the denominator is positive, so equal values are equal
 * records.
 */
public record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {

  /** Zero. */
  public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

  /** Reduces the fraction; rejects a zero denominator. */
  public Ratio {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    BigInteger gcd = numerator.gcd(denominator);
    gcd = denominator.signum() < 0 ? gcd.negate() : gcd;
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
  }

  /** The exact value of a decimal. */
  public static Ratio of(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      return new Ratio(stripped.toBigIntegerExact(), BigInteger.ONE);
    }
    return new Ratio(stripped.unscaledValue(), BigInteger.TEN.pow(stripped.scale()));
  }

  /** The exact quotient of two decimals. */
  public static Ratio of(BigDecimal dividend, BigDecimal divisor) {
    return of(dividend).dividedBy(of(divisor));
  }

  public Ratio plus(Ratio other) {
    return new Ratio(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  public Ratio times(Ratio other) {
    return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  public Ratio dividedBy(Ratio other) {
    return new Ratio(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** The value rounded half up to this many decimals. */
  public BigDecimal rounded(int scale) {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
  }

  /** The value to the given precision, for statistics that need a decimal. */
  public BigDecimal toBigDecimal(MathContext context) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), context);
  }

  /** One decimal, half up, e.g. {@code 66.7}: the only rounding a score ever gets. */
  public String toDisplay() {
    return rounded(1).toPlainString();
  }

  @Override
  public int compareTo(Ratio other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
