package org.socialmission.metrics.questionnaire;

import java.math.BigDecimal;
import java.util.List;

/**
 * Score bands of developmental phases: each band starts at its {@code from} and runs up to the next
 * band's {@code from} (the last one up to and including 100). Usage:
 *
 * <pre>{@code
 * PhaseScale scale = guidance.phases("curriculum").orElseThrow();
 * scale.phaseOf(new BigDecimal("47.5"));   // DEVELOPING with the default bands 0, 25, 50, 75
 * }</pre>
 *
 * <p>Invariants, checked by the guidance loader: the first band starts at 0; {@code from} values
 * are strictly ascending and below 100; phases follow {@link Phase}'s order, none repeated. So
 * every score from 0 to 100 falls in exactly one band.
 */
public record PhaseScale(List<Band> bands) {

  /** One band: scores from {@code from} (inclusive) to the next band's {@code from}. */
  public record Band(BigDecimal from, Phase phase) {}

  /** Checks the invariants and freezes the bands. */
  public PhaseScale {
    bands = List.copyOf(bands);
    if (bands.isEmpty() || bands.get(0).from().signum() != 0) {
      throw new IllegalArgumentException("phase bands must start at 0: " + bands);
    }
    for (int i = 1; i < bands.size(); i++) {
      Band previous = bands.get(i - 1);
      Band band = bands.get(i);
      if (band.from().compareTo(previous.from()) <= 0
          || band.from().compareTo(BigDecimal.valueOf(100)) >= 0
          || band.phase().compareTo(previous.phase()) <= 0) {
        throw new IllegalArgumentException("phase bands out of order: " + bands);
      }
    }
  }

  /** The phase of a score from 0 to 100. */
  public Phase phaseOf(BigDecimal score) {
    Phase phase = bands.get(0).phase();
    for (Band band : bands) {
      if (score.compareTo(band.from()) >= 0) {
        phase = band.phase();
      }
    }
    return phase;
  }
}
