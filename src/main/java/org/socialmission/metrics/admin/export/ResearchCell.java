package org.socialmission.metrics.admin.export;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One released value of a research row: a {@link Range} for numbers (scores and numeric answers,
 * never exact), a {@link Category} for everything else ({@code yes}, {@code no}, an option id,
 * {@code NA} for not applicable, empty for unanswered), or {@link Withheld} where showing the value
 * would single out fewer than k schools.
 */
public sealed interface ResearchCell {

  /** What a withheld cell reads in the files. */
  String WITHHELD = "withheld";

  /**
   * A number known only to lie in {@code from <= value < to} ({@code to} absent: no upper limit).
   */
  record Range(BigDecimal from, Optional<BigDecimal> to) implements ResearchCell {

    /** Requires a lower limit below the upper one. */
    public Range {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isPresent() && to.get().compareTo(from) <= 0) {
        throw new IllegalArgumentException("empty range " + from + " to " + to.get());
      }
    }
  }

  /** A value of a category column; the empty string for no answer. */
  record Category(String value) implements ResearchCell {

    /** Not applicable. */
    public static final Category NA = new Category("NA");

    /** No answer (or a question the school's questionnaire lacks). */
    public static final Category NONE = new Category("");

    /** Requires a value. */
    public Category {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A value held back by the k rule. */
  record Withheld() implements ResearchCell {}
}
