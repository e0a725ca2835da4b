package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How a school's peers answered one question, in aggregate only: {@link Shares} for yes/no and
 * choices, {@link Spread} for numbers and percentages, {@link Withheld} for free text (never shown)
 * and for questions too few peers answered.
 */
public sealed interface AnswerProfile {

  /**
   * Percent of answering peers per answer: "Yes" for yes/no, each option for choices (for a
   * checklist, the percent that checked it; those do not sum to 100).
   */
  record Shares(int n, List<Share> shares) implements AnswerProfile {

    /** Freezes the shares. */
    public Shares {
      shares = List.copyOf(shares);
    }
  }

  /** One answer's share, percent 0–100. */
  record Share(String label, BigDecimal percent) {

    /** Requires every part. */
    public Share {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(percent, "percent");
    }
  }

  /** The quartiles of the peers' numbers (PERCENTILE.INC), in the question's unit. */
  record Spread(int n, BigDecimal p25, BigDecimal median, BigDecimal p75, String unit)
      implements AnswerProfile {}

  /** No peer information, with the reason. */
  record Withheld(String reason) implements AnswerProfile {}
}
