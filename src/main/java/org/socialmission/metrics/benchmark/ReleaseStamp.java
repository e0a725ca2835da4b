package org.socialmission.metrics.benchmark;

import java.time.Instant;
import java.util.Objects;
import org.socialmission.metrics.platform.Times;

/**
 * Which benchmark release peer figures come from: the cycle, the release's number within it (1, 2,
 * …) and when staff published it. Every benchmark output names it.
 */
public record ReleaseStamp(int cycle, int number, Instant publishedAt) {

  /** Requires every part and a positive number. */
  public ReleaseStamp {
    Objects.requireNonNull(publishedAt, "publishedAt");
    if (number < 1) {
      throw new IllegalArgumentException("releases are numbered from 1");
    }
  }

  /** E.g. "Release 2 of the 2026 cycle, published 2026-07-01 10:00 UTC". */
  public String label() {
    return "Release "
        + number
        + " of the "
        + cycle
        + " cycle, published "
        + Times.dateTime(publishedAt);
  }
}
