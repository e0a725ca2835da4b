package org.socialmission.metrics.benchmark;

import java.util.Objects;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * One school's submitted result in a cycle, as benchmarking needs it: the attributes peer groups
 * filter on and its scores. The code only tells schools apart (so a school is never its own peer);
 * it never reaches any output of this package.
 *
 * @param discipline the discipline code, e.g. {@code medicine}
 */
public record SchoolEntry(
    String code,
    String discipline,
    Ownership ownership,
    Region region,
    int enrollment,
    Scores scores) {

  /** Requires every part. */
  public SchoolEntry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(discipline, "discipline");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(scores, "scores");
  }
}
