package org.socialmission.metrics.report.runtime;

import java.util.Optional;
import org.socialmission.metrics.benchmark.PeerGroupResult;
import org.socialmission.metrics.benchmark.ReleaseStamp;
import org.socialmission.metrics.report.BenchmarkReport;

/**
 * A school's place in one peer group of the cycle's latest release, as the results page shows it.
 *
 * @param release the release the figures come from; empty when there is none yet
 * @param group the group's figures, or why they are not shown
 */
public record PeerComparison(Optional<ReleaseStamp> release, PeerGroupResult group) {

  /** Which release the figures come from, or that there is none yet, in one sentence. */
  public String releaseText() {
    return BenchmarkReport.releaseText(release);
  }
}
