package org.socialmission.metrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exact arithmetic, and rounding to one decimal half up only for display. */
class RatioTest {

  static Stream<Arguments> displays() {
    return Stream.of(
        Arguments.of("100", "3", "33.3"),
        Arguments.of("200", "3", "66.7"),
        Arguments.of("1", "20", "0.1"),
        Arguments.of("1", "40", "0.0"),
        Arguments.of("125", "4", "31.3"),
        Arguments.of("0", "7", "0.0"),
        Arguments.of("100", "1", "100.0"));
  }

  @ParameterizedTest(name = "{0}/{1} shows as {2}")
  @MethodSource("displays")
  void displayRoundsHalfUpToOneDecimal(String numerator, String denominator, String display) {
    assertEquals(
        display, Ratio.of(new BigDecimal(numerator), new BigDecimal(denominator)).toDisplay());
  }

  @Test
  void valuesAreReducedSoEqualValuesAreEqual() {
    assertEquals(
        Ratio.of(new BigDecimal("0.50")), new Ratio(BigInteger.valueOf(2), BigInteger.valueOf(4)));
    assertEquals(
        new Ratio(BigInteger.ONE, BigInteger.TWO),
        new Ratio(BigInteger.valueOf(-3), BigInteger.valueOf(-6)));
  }

  @Test
  void thirdsAddUpExactly() {
    Ratio third = Ratio.of(BigDecimal.ONE, new BigDecimal(3));
    assertEquals(Ratio.of(BigDecimal.ONE), third.plus(third).plus(third));
    assertEquals(new BigDecimal("1.00"), third.times(Ratio.of(new BigDecimal(3))).rounded(2));
  }
}
