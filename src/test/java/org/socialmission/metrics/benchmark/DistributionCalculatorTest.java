package org.socialmission.metrics.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Peer statistics against values computed by hand (PERCENTILE.INC, percentile rank with ties). */
class DistributionCalculatorTest {

  private static List<BigDecimal> values(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).toList();
  }

  private static void assertNumber(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " != " + actual);
  }

  private static void assertDistribution(Distribution d, int n, String... expected) {
    assertEquals(n, d.n());
    List<BigDecimal> actual = List.of(d.min(), d.p25(), d.median(), d.p75(), d.max(), d.mean());
    for (int i = 0; i < expected.length; i++) {
      assertNumber(expected[i], actual.get(i));
    }
  }

  @Test
  void onePeerIsEveryStatistic() {
    assertDistribution(
        DistributionCalculator.describe(values("50")), 1, "50", "50", "50", "50", "50", "50");
  }

  @Test
  void twoPeersInterpolate() {
    // h = (2-1)p: p25 = 10 + 0.25*20, median = 10 + 0.5*20, p75 = 10 + 0.75*20
    assertDistribution(
        DistributionCalculator.describe(values("30", "10")), 2, "10", "15", "20", "25", "30", "20");
  }

  @Test
  void oddCountHitsRanksExactly() {
    // n = 5: h = 1, 2, 3 -> x[1], x[2], x[3] of 1..5
    assertDistribution(
        DistributionCalculator.describe(values("4", "1", "5", "3", "2")),
        5,
        "1",
        "2",
        "3",
        "4",
        "5",
        "3");
  }

  @Test
  void evenCountInterpolatesBetweenRanks() {
    // 10 20 40 80: h = 0.75 -> 10 + 0.75*10; h = 1.5 -> 20 + 0.5*20; h = 2.25 -> 40 + 0.25*40
    assertDistribution(
        DistributionCalculator.describe(values("80", "10", "40", "20")),
        4,
        "10",
        "17.5",
        "30",
        "50",
        "80",
        "37.5");
  }

  @Test
  void tiedPeersAndARepeatingMean() {
    // 50 50 60 70 70 70: h = 1.25 -> 52.5; h = 2.5 -> 65; h = 3.75 -> 70; mean 370/6
    Distribution d = DistributionCalculator.describe(values("70", "50", "60", "70", "50", "70"));
    assertDistribution(d, 6, "50", "52.5", "65", "70", "70", "61.66666666666667");
  }

  @Test
  void exactDecimalsStayExact() {
    assertNumber("50.0", DistributionCalculator.describe(values("66.7", "33.3")).median());
  }

  @ParameterizedTest(name = "own {0} among 50 50 60 70 70 70 ranks {1}, {2}")
  @CsvSource({
    "70, 75, TOP", // 3 below + 3 tied / 2 = 4.5 of 6
    "50, 16.66666666666667, FOURTH", // 0 below + 2 tied / 2 = 1 of 6
    "55, 33.33333333333333, THIRD", // 2 below
    "60, 41.66666666666667, THIRD", // 2 below + 0.5
    "65, 50, SECOND", // 3 below
    "90, 100, TOP",
    "10, 0, FOURTH"
  })
  void rankCountsHalfOfTies(String own, String rank, Quartile quartile) {
    Standing standing =
        DistributionCalculator.standing(
            new BigDecimal(own), values("70", "50", "60", "70", "50", "70"));
    assertNumber(rank, standing.percentileRank());
    assertEquals(quartile, standing.quartile());
  }

  @ParameterizedTest(name = "own {0} among 10 20 30 40 is {1}")
  @CsvSource({"5, FOURTH", "15, THIRD", "25, SECOND", "35, TOP"})
  void quartileBoundariesBelongToTheHigherQuartile(String own, Quartile quartile) {
    // ranks 0, 25, 50, 75 exactly
    assertEquals(
        quartile,
        DistributionCalculator.standing(new BigDecimal(own), values("10", "20", "30", "40"))
            .quartile());
  }

  @Test
  void schoolTiedWithEveryPeerIsAtTheMedianRank() {
    Standing standing =
        DistributionCalculator.standing(new BigDecimal("80"), values("80", "80", "80", "80", "80"));
    assertNumber("50", standing.percentileRank());
    assertEquals(Quartile.SECOND, standing.quartile());
  }

  @Test
  void singlePeerTiedGivesFifty() {
    assertNumber(
        "50", DistributionCalculator.standing(new BigDecimal("50"), values("50")).percentileRank());
    assertNumber(
        "100",
        DistributionCalculator.standing(new BigDecimal("50.1"), values("50")).percentileRank());
  }

  @Test
  void ownValueNeverEntersTheDistribution() {
    Comparison comparison =
        DistributionCalculator.compare(new BigDecimal("100"), values("10", "20", "30"));
    assertNumber("30", comparison.peers().max());
    assertEquals(3, comparison.peers().n());
    assertNumber("100", comparison.standing().orElseThrow().percentileRank());
  }

  @Test
  void undefinedOwnScoreHasNoStanding() {
    Comparison comparison = DistributionCalculator.compare(Optional.empty(), values("10", "20"));
    assertTrue(comparison.standing().isEmpty());
    assertNumber("15", comparison.peers().mean());
  }

  @Test
  void noPeersIsACallersBug() {
    assertThrows(IllegalArgumentException.class, () -> DistributionCalculator.describe(List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> DistributionCalculator.standing(BigDecimal.ONE, List.of()));
  }

  @Test
  void percentileOutsideZeroToOneIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DistributionCalculator.percentile(values("1"), new BigDecimal("1.5")));
  }

  @Test
  void sortedPeersWithTheirSumGiveTheSameFiguresAsUnsortedOnes() {
    var random = new java.util.Random(7);
    for (int round = 0; round < 200; round++) {
      List<BigDecimal> peers =
          java.util.stream.IntStream.range(0, 1 + random.nextInt(40))
              .mapToObj(i -> BigDecimal.valueOf(random.nextInt(2000), 1))
              .toList();
      BigDecimal own = BigDecimal.valueOf(random.nextInt(2000), 1);
      List<BigDecimal> sorted = peers.stream().sorted().toList();
      BigDecimal sum = peers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(
          DistributionCalculator.compare(Optional.of(own), peers),
          DistributionCalculator.compareSorted(Optional.of(own), sorted, sum),
          "own " + own + " among " + peers);
    }
  }
}
