package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.socialmission.metrics.scoring.Answer;

/**
 * What would move one of a school's measures (overall or a modality) up to the next quartile of a
 * peer group, as {@link WhatIfSearch} found it: the current score and quartile, the target quartile
 * and the score where it starts, and the smallest sets of answer changes that reach it, each with
 * the score and quartile it would give. Every figure is rounded as benchmark figures are ({@link
 * DisplayPrecision}); quartiles are those of the exact scores.
 *
 * @param status whether options were searched, and if not, why
 * @param reason the anonymity rule that withholds the group or measure ({@link Status#SUPPRESSED}
 *     only)
 * @param current the school's score now, rounded
 * @param target the next quartile up
 * @param targetScore the peer score from which the target quartile starts, rounded; the school
 *     needs at least this score, or more than it when {@code targetAbove}
 * @param options the smallest changes that reach the target, least asked first
 */
public record WhatIf(
    String measure,
    Status status,
    Optional<String> reason,
    Optional<BigDecimal> current,
    Optional<Quartile> currentQuartile,
    Optional<Quartile> target,
    Optional<BigDecimal> targetScore,
    boolean targetAbove,
    List<Option> options) {

  /** Where a search ended. */
  public enum Status {
    /** Options were found. */
    OPTIONS,
    /** The peer group or the measure is not shown by the anonymity rules. */
    SUPPRESSED,
    /** The school has no score for the measure (nothing applicable). */
    NO_SCORE,
    /** Already in the top quartile: there is no next quartile. */
    TOP,
    /** No single change nor pair of changes within the search's cap reaches the target. */
    NONE_WITHIN_CAP
  }

  /** Requires every part and freezes the options. */
  public WhatIf {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(status, "status");
    options = List.copyOf(options);
    if ((status == Status.OPTIONS) == options.isEmpty()) {
      throw new IllegalArgumentException("options exactly when the status says so");
    }
  }

  /**
   * One way to reach the target.
   *
   * @param changes one or two answer changes, in questionnaire order
   * @param pointsAsked the question points the changes add (0 for "not applicable")
   * @param score the measure's score after the changes, rounded
   * @param quartile the quartile of that score (of the exact score)
   */
  public record Option(
      List<Change> changes, BigDecimal pointsAsked, BigDecimal score, Quartile quartile) {

    /** Freezes the changes. */
    public Option {
      changes = List.copyOf(changes);
    }
  }

  /** One answer changed: the question and its new answer (possibly "not applicable"). */
  public record Change(String question, Answer answer) {}
}
