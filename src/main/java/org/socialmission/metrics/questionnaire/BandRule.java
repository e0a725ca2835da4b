package org.socialmission.metrics.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Points for number and percentage questions, by bands. The answer must lie in {@code [min, max]}
 * ({@code max} may be absent for numbers); percentages have min 0 and max 100.
 *
 * <p>Invariants, checked by the loader: the bands are in ascending order and contiguous (each
 * band's {@code to} is the next band's {@code from}); the first starts at {@code min}; the last
 * either has no {@code to} (open-ended) or ends exactly at {@code max} and then includes it. So
 * every allowed value falls in exactly one band.
 */
public record BandRule(String unit, BigDecimal min, Optional<BigDecimal> max, List<Band> bands)
    implements ScoringRule {

  /** Freezes the bands. */
  public BandRule {
    bands = List.copyOf(bands);
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("a band rule needs bands");
    }
  }

  /** Whether the value is allowed, i.e. within {@code [min, max]}. */
  public boolean allows(BigDecimal value) {
    return value.compareTo(min) >= 0 && max.map(m -> value.compareTo(m) <= 0).orElse(true);
  }

  /** The points of the band the value falls in; 0 for a value outside {@code [min, max]}. */
  public BigDecimal points(BigDecimal value) {
    int last = bands.size() - 1;
    for (int i = 0; i <= last; i++) {
      if (allows(value) && bands.get(i).contains(value, i == last)) {
        return bands.get(i).points();
      }
    }
    return BigDecimal.ZERO;
  }

  @Override
  public BigDecimal maxPoints() {
    return bands.stream().map(Band::points).reduce(BigDecimal.ZERO, BigDecimal::max);
  }
}
