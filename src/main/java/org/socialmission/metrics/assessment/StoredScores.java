package org.socialmission.metrics.assessment;

import java.math.BigDecimal;
import java.util.Map;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * The stored scores of one submitted assessment with the attributes its school is grouped by.
 *
 * @param scores defined scores by measure ({@code overall}, then modality ids), as the scorer gave
 *     them
 */
public record StoredScores(
    String schoolCode,
    String discipline,
    Ownership ownership,
    Region region,
    int cycle,
    Map<String, BigDecimal> scores) {

  /** Freezes the scores. */
  public StoredScores {
    scores = Map.copyOf(scores);
  }
}
