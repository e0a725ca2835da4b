package org.socialmission.metrics.questionnaire;

import java.math.BigDecimal;

/**
 * How a question turns an answer into points. One implementation per kind of answer; the scorer in
 * package {@code scoring} matches an answer with the rule of its question.
 *
 * <p>Invariant of every rule: points are never negative and never above {@link #maxPoints()}, and
 * some answer reaches {@link #maxPoints()}.
 */
public sealed interface ScoringRule permits YesNoRule, ChoiceRule, BandRule, NoScoring {

  /**
   * The most points an answer can give: the question's maximum when it is visible and applicable.
   */
  BigDecimal maxPoints();
}
