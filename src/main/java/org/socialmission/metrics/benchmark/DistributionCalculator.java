package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * Computes peer statistics from exact values. Percentiles follow Excel's PERCENTILE.INC: with the
 * values sorted ascending and {@code h = (n − 1) p}, the result is {@code x[⌊h⌋] + (h − ⌊h⌋)
 * (x[⌊h⌋+1] − x[⌊h⌋])}; they stay exact. The mean and the percentile rank are divided to 16
 * significant digits ({@link MathContext#DECIMAL64}). Usage:
 *
 * <pre>{@code
 * Comparison c = DistributionCalculator.compare(ownScore, peerScores);  // own never among peers
 * c.peers().median();
 * c.standing().orElseThrow().quartile();
 * }</pre>
 *
 * <p>The caller passes the peers without the school itself; the API keeps the two apart so that the
 * school cannot end up in its own distribution by accident.
 */
public final class DistributionCalculator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal QUARTER = new BigDecimal("0.25");
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal THREE_QUARTERS = new BigDecimal("0.75");

  private DistributionCalculator() {}

  /**
   * The school's standing among its peers, and the peers' distribution; needs at least one peer.
   */
  public static Comparison compare(BigDecimal own, List<BigDecimal> peers) {
    return new Comparison(describe(peers), Optional.of(standing(own, peers)));
  }

  /** As {@link #compare(BigDecimal, List)}, without a standing when the school has no value. */
  public static Comparison compare(Optional<BigDecimal> own, List<BigDecimal> peers) {
    return new Comparison(describe(peers), own.map(value -> standing(value, peers)));
  }

  /**
   * As {@link #compare(Optional, List)}, for peer values already sorted ascending (read by index,
   * never copied) with their exact sum: the same figures at the cost of a few binary searches.
   */
  public static Comparison compareSorted(
      Optional<BigDecimal> own, List<BigDecimal> sorted, BigDecimal sum) {
    return new Comparison(
        describeSorted(sorted, sum), own.map(value -> standingSorted(value, sorted)));
  }

  /** The distribution of at least one value. */
  public static Distribution describe(List<BigDecimal> values) {
    List<BigDecimal> sorted = values.stream().sorted().toList();
    return describeSorted(sorted, sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** The distribution of values sorted ascending with their exact sum. */
  static Distribution describeSorted(List<BigDecimal> sorted, BigDecimal sum) {
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("no values to describe");
    }
    return new Distribution(
        sorted.size(),
        sorted.get(0),
        percentile(sorted, QUARTER),
        percentile(sorted, HALF),
        percentile(sorted, THREE_QUARTERS),
        sorted.get(sorted.size() - 1),
        sum.divide(BigDecimal.valueOf(sorted.size()), MathContext.DECIMAL64));
  }

  /** PERCENTILE.INC of values sorted ascending, {@code p} in [0, 1]. */
  public static BigDecimal percentile(List<BigDecimal> sorted, BigDecimal p) {
    if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("p must be in [0, 1]: " + p);
    }
    BigDecimal h = BigDecimal.valueOf(sorted.size() - 1L).multiply(p);
    int low = h.intValue();
    BigDecimal fraction = h.subtract(BigDecimal.valueOf(low));
    if (fraction.signum() == 0) {
      return sorted.get(low);
    }
    BigDecimal step = sorted.get(low + 1).subtract(sorted.get(low));
    return sorted.get(low).add(fraction.multiply(step));
  }

  /** Where {@code own} stands among peer values sorted ascending: two binary searches. */
  static Standing standingSorted(BigDecimal own, List<BigDecimal> sorted) {
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("no peers to rank against");
    }
    int below = firstIndex(sorted, own, false);
    int tied = firstIndex(sorted, own, true) - below;
    return standing(own, below, tied, sorted.size());
  }

  /** The first index whose value is not below {@code own} (or, {@code after}, not at or below). */
  private static int firstIndex(List<BigDecimal> sorted, BigDecimal own, boolean after) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      int c = sorted.get(mid).compareTo(own);
      if (c < 0 || after && c == 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static Standing standing(BigDecimal own, long below, long tied, int n) {
    BigDecimal count = BigDecimal.valueOf(below).add(BigDecimal.valueOf(tied).multiply(HALF));
    BigDecimal rank = count.multiply(HUNDRED).divide(BigDecimal.valueOf(n), MathContext.DECIMAL64);
    return new Standing(own, rank, Quartile.ofRank(rank));
  }

  /** Where {@code own} stands among at least one peer value. */
  public static Standing standing(BigDecimal own, List<BigDecimal> peers) {
    if (peers.isEmpty()) {
      throw new IllegalArgumentException("no peers to rank against");
    }
    long below = peers.stream().filter(v -> v.compareTo(own) < 0).count();
    long tied = peers.stream().filter(v -> v.compareTo(own) == 0).count();
    return standing(own, below, tied, peers.size());
  }
}
