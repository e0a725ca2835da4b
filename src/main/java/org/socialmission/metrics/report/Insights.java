package org.socialmission.metrics.report;

import java.util.List;
import java.util.Optional;
import org.socialmission.metrics.scoring.QualityShares;

/**
 * What a benchmark workbook shows beyond the benchmark: the next-steps plan, the crosswalk views,
 * and the data quality of the school's own answers (shares of points by mark, and every marked or
 * evidenced answer). {@link #NONE} for a workbook without them.
 */
public record Insights(
    NextSteps plan,
    List<FrameworkView> frameworks,
    Optional<QualityShares> quality,
    List<EvidenceLine> evidence) {

  /** Nothing beyond the benchmark. */
  public static final Insights NONE =
      new Insights(NextSteps.NONE, List.of(), Optional.empty(), List.of());

  /** Freezes the lists. */
  public Insights {
    frameworks = List.copyOf(frameworks);
    evidence = List.copyOf(evidence);
  }
}
