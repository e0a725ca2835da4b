package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One measure (overall or a modality) of a reported peer group: the school's own score, and either
 * the comparison with its peers or the reason it is suppressed (too few peers have a score for this
 * measure).
 *
 * <p>Invariant: exactly one of {@code comparison} and {@code suppressedBecause} is present.
 */
public record MeasureResult(
    String measureId,
    Optional<BigDecimal> own,
    Optional<Comparison> comparison,
    Optional<String> suppressedBecause) {

  /** Checks the invariant. */
  public MeasureResult {
    Objects.requireNonNull(measureId, "measureId");
    Objects.requireNonNull(own, "own");
    if (comparison.isPresent() == suppressedBecause.isPresent()) {
      throw new IllegalArgumentException("a measure is either compared or suppressed");
    }
  }
}
