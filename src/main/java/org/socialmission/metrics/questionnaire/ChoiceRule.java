package org.socialmission.metrics.questionnaire;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Points for single-choice and checklist questions. A single choice gives the points of the chosen
 * option; a checklist gives the sum of the checked options, capped at {@link #maxPoints()}.
 *
 * <p>Invariants: option ids are unique; {@code maxPoints} is reachable (the best option of a single
 * choice, at most the sum of all options of a checklist) and no option gives more.
 */
public record ChoiceRule(boolean multiple, List<Option> options, BigDecimal maxPoints)
    implements ScoringRule {

  /** Freezes the options. */
  public ChoiceRule {
    options = List.copyOf(options);
    if (options.isEmpty()) {
      throw new IllegalArgumentException("a choice needs options");
    }
  }

  /** The option with this id, if any. */
  public Optional<Option> option(String id) {
    return options.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** The points of one chosen option (single choice); 0 for an unknown id. */
  public BigDecimal points(String optionId) {
    return option(optionId).map(Option::points).orElse(BigDecimal.ZERO);
  }

  /** The capped sum of the checked options (checklist); unknown ids count nothing. */
  public BigDecimal points(Set<String> optionIds) {
    return sum(options.stream().filter(o -> optionIds.contains(o.id())).toList()).min(maxPoints);
  }

  /** The sum of the points of these options. */
  static BigDecimal sum(Collection<Option> options) {
    return options.stream().map(Option::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
