package org.socialmission.metrics.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.socialmission.metrics.scoring.Framework;

/**
 * A school's points read through THEnet's parts or ASPIRE's domains: per part, the points, the
 * applicable maximum, the score (one decimal) and the median of the peer group's scores in that
 * part, when the group and the part are reportable under the anonymity rules.
 *
 * @param peerGroup the label of the peer group the medians come from
 * @param note why there are no peer medians, when there are none
 */
public record FrameworkView(
    Framework framework, String peerGroup, List<Row> rows, Optional<String> note) {

  /** Freezes the rows. */
  public FrameworkView {
    rows = List.copyOf(rows);
  }

  /**
   * One part.
   *
   * @param part the part's code, e.g. {@code how-we-work}
   * @param title the part's title in English, e.g. "How do we work?"
   * @param score 100 × points / max to one decimal; empty when max is 0
   * @param peerMedian the peers' median score in this part, one decimal; empty when not shown
   */
  public record Row(
      String part,
      String title,
      BigDecimal points,
      BigDecimal max,
      Optional<BigDecimal> score,
      Optional<BigDecimal> peerMedian) {}
}
