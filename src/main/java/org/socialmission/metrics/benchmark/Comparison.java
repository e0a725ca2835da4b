package org.socialmission.metrics.benchmark;

import java.util.Objects;
import java.util.Optional;

/**
 * The peers' distribution of one measure and, when the school has a value for it, the school's
 * standing; a school whose measure is undefined (every question not applicable) has no standing.
 */
public record Comparison(Distribution peers, Optional<Standing> standing) {

  /** Requires both parts. */
  public Comparison {
    Objects.requireNonNull(peers, "peers");
    Objects.requireNonNull(standing, "standing");
  }

  /** This comparison as it is shown: every figure rounded by {@link DisplayPrecision}. */
  public Comparison rounded() {
    return new Comparison(peers.rounded(), standing.map(Standing::rounded));
  }
}
