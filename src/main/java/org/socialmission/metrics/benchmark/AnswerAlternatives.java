package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialmission.metrics.questionnaire.Band;
import org.socialmission.metrics.questionnaire.BandRule;
import org.socialmission.metrics.questionnaire.ChoiceRule;
import org.socialmission.metrics.questionnaire.Option;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.YesNoRule;
import org.socialmission.metrics.scoring.Answer;

/**
 * The answers to one question that would earn more points than its current answer, one per points
 * level, each the cheapest way to get there: the fewest checklist options added, the number nearest
 * the current one within a better band, the first option listed. "Not applicable" is offered where
 * the question allows it and it is not already the answer; whether it raises the score is for the
 * rescoring to tell.
 */
final class AnswerAlternatives {

  private AnswerAlternatives() {}

  /**
   * @param current the current answer, if any ("not applicable" counts as none for points)
   * @param points the points the current answer earns
   */
  static List<Answer> of(Question question, Optional<Answer> current, BigDecimal points) {
    Map<BigDecimal, Answer> byLevel = new LinkedHashMap<>();
    Optional<Answer> answered = current.filter(a -> !(a instanceof Answer.NotApplicable));
    if (question.rule() instanceof YesNoRule rule) {
      for (boolean yes : new boolean[] {true, false}) {
        offer(byLevel, points, rule.points(yes), new Answer.YesNo(yes));
      }
    } else if (question.rule() instanceof ChoiceRule rule && !rule.multiple()) {
      rule.options().forEach(o -> offer(byLevel, points, o.points(), Answer.choice(o.id())));
    } else if (question.rule() instanceof ChoiceRule rule) {
      checklist(rule, answered, points, byLevel);
    } else if (question.rule() instanceof BandRule rule) {
      bands(rule, answered, points, byLevel);
    }
    List<Answer> alternatives =
        byLevel.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(Map.Entry::getValue)
            .collect(Collectors.toCollection(ArrayList::new));
    if (question.naAllowed() && !(current.orElse(null) instanceof Answer.NotApplicable)) {
      alternatives.add(Answer.notApplicable());
    }
    return alternatives;
  }

  /** Keeps the first answer of each points level above the current points. */
  private static void offer(
      Map<BigDecimal, Answer> byLevel, BigDecimal current, BigDecimal points, Answer answer) {
    if (points.compareTo(current) > 0) {
      byLevel.putIfAbsent(points.stripTrailingZeros(), answer);
    }
  }

  /**
   * The checked options plus any one unchecked option; then, for more points, plus the two, three,
   * … unchecked options that give most (the fewest ticks that reach each higher level).
   */
  private static void checklist(
      ChoiceRule rule,
      Optional<Answer> current,
      BigDecimal points,
      Map<BigDecimal, Answer> byLevel) {
    Set<String> checked =
        current.orElse(null) instanceof Answer.Choices choices ? choices.optionIds() : Set.of();
    List<Option> unchecked =
        rule.options().stream().filter(o -> !checked.contains(o.id())).toList();
    for (Option option : unchecked) {
      Set<String> more = with(checked, option.id());
      offer(byLevel, points, rule.points(more), new Answer.Choices(more));
    }
    List<Option> best =
        unchecked.stream().sorted(Comparator.comparing(Option::points).reversed()).toList();
    Set<String> more = checked;
    for (Option option : best) {
      more = with(more, option.id());
      offer(byLevel, points, rule.points(more), new Answer.Choices(more));
    }
  }

  private static Set<String> with(Set<String> ids, String id) {
    Set<String> more = new HashSet<>(ids);
    more.add(id);
    return Set.copyOf(more);
  }

  /** For each better band, the allowed value in it nearest the current value (or its start). */
  private static void bands(
      BandRule rule, Optional<Answer> current, BigDecimal points, Map<BigDecimal, Answer> byLevel) {
    Optional<BigDecimal> value =
        current.filter(Answer.Amount.class::isInstance).map(a -> ((Answer.Amount) a).value());
    List<Band> bands = rule.bands();
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      boolean last = i == bands.size() - 1;
      nearest(rule, band, last, value)
          .filter(rule::allows)
          .ifPresent(v -> offer(byLevel, points, band.points(), new Answer.Amount(v)));
    }
  }

  private static Optional<BigDecimal> nearest(
      BandRule rule, Band band, boolean last, Optional<BigDecimal> value) {
    if (value.isEmpty() || value.get().compareTo(band.from()) < 0 || band.to().isEmpty()) {
      return Optional.of(band.from());
    }
    BigDecimal to = band.to().get();
    if (last && rule.max().isPresent()) {
      return Optional.of(to.min(rule.max().get()));
    }
    int scale =
        Math.max(0, Math.max(value.get().scale(), Math.max(band.from().scale(), to.scale())));
    BigDecimal below = to.subtract(BigDecimal.ONE.movePointLeft(scale));
    return below.compareTo(band.from()) >= 0 ? Optional.of(below) : Optional.of(band.from());
  }
}
