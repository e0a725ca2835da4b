package org.socialmission.metrics.admin.peers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.socialmission.metrics.questionnaire.Band;
import org.socialmission.metrics.questionnaire.BandRule;

/**
 * Plausible numbers for a band question: a value inside the band of the wanted level (bands ranked
 * by points), kept near the neighbouring bands so that wide end bands (tuition change of −100 %,
 * debt of 200,000 and more) do not produce absurd values.
 */
final class BandValues {

  private BandValues() {}

  /**
   * A value, as a plain decimal string, in the band at {@code level} of the bands ranked by points.
   */
  static String draw(BandRule rule, int level, Random random) {
    List<Band> ranked = rule.bands().stream().sorted(Comparator.comparing(Band::points)).toList();
    Band band = ranked.get(level);
    boolean first = band.equals(rule.bands().get(0));
    BigDecimal window = typicalWidth(rule).multiply(BigDecimal.valueOf(2));
    BigDecimal low = band.from();
    BigDecimal high = band.to().orElse(low.add(window));
    high = rule.max().map(high::min).orElse(high);
    if (first && high.subtract(low).compareTo(window) > 0) {
      low = high.subtract(window);
    } else if (high.subtract(low).compareTo(window) > 0) {
      high = low.add(window);
    }
    BigDecimal value =
        low.add(high.subtract(low).multiply(BigDecimal.valueOf(random.nextDouble())));
    int scale = high.subtract(low).compareTo(BigDecimal.TEN) >= 0 ? 0 : 1;
    return value.setScale(scale, RoundingMode.FLOOR).max(band.from()).toPlainString();
  }

  /** The median width of the bounded bands, at least 1; the window a value is drawn from. */
  private static BigDecimal typicalWidth(BandRule rule) {
    List<BigDecimal> widths =
        rule.bands().stream()
            .filter(b -> b.to().isPresent())
            .map(b -> b.to().get().subtract(b.from()))
            .sorted()
            .toList();
    BigDecimal median = widths.isEmpty() ? BigDecimal.TEN : widths.get(widths.size() / 2);
    return median.max(BigDecimal.ONE);
  }
}
