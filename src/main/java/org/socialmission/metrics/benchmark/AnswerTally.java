package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialmission.metrics.scoring.Answer;

/**
 * The answers of a group of schools to one question, counted once: how many answered (not "not
 * applicable"), said yes and chose each option, and their numbers sorted ascending. {@link
 * AnswerProfiler} profiles a question from these counts; {@link #without} leaves one school's
 * answer out by arithmetic and a binary search, so a release counts its schools' answers once and
 * each school's report only subtracts its own. Immutable.
 */
public final class AnswerTally {

  /** The tally of no answers. */
  public static final AnswerTally EMPTY = of(List.of());

  private final int answered;
  private final int yes;
  private final Map<String, Integer> chosen;
  private final BigDecimal[] amounts;
  private final int gap;

  private AnswerTally(
      int answered, int yes, Map<String, Integer> chosen, BigDecimal[] amounts, int gap) {
    this.answered = answered;
    this.yes = yes;
    this.chosen = chosen;
    this.amounts = amounts;
    this.gap = gap;
  }

  /** The tally of these answers (none null). */
  public static AnswerTally of(Collection<Answer> answers) {
    int answered = 0;
    int yes = 0;
    Map<String, Integer> chosen = new HashMap<>();
    BigDecimal[] amounts = new BigDecimal[answers.size()];
    int amountCount = 0;
    for (Answer answer : answers) {
      if (answer instanceof Answer.NotApplicable) {
        continue;
      }
      answered++;
      if (answer instanceof Answer.YesNo yesNo && yesNo.yes()) {
        yes++;
      } else if (answer instanceof Answer.Choice choice) {
        chosen.merge(choice.optionId(), 1, Integer::sum);
      } else if (answer instanceof Answer.Choices choices) {
        choices.optionIds().forEach(id -> chosen.merge(id, 1, Integer::sum));
      } else if (answer instanceof Answer.Amount amount) {
        amounts[amountCount++] = amount.value();
      }
    }
    BigDecimal[] sorted = Arrays.copyOf(amounts, amountCount);
    Arrays.sort(sorted);
    return new AnswerTally(answered, yes, Map.copyOf(chosen), sorted, -1);
  }

  /**
   * This tally with one of the answers it counted left out (the same tally for {@code null} or "not
   * applicable"); a tally leaves out one answer at most.
   */
  public AnswerTally without(Answer answer) {
    if (answer == null || answer instanceof Answer.NotApplicable) {
      return this;
    }
    Map<String, Integer> less = chosen;
    if (answer instanceof Answer.Choice || answer instanceof Answer.Choices) {
      less = new HashMap<>(chosen);
      for (String id : optionIds(answer)) {
        less.merge(id, -1, Integer::sum);
      }
    }
    int at =
        answer instanceof Answer.Amount amount ? Arrays.binarySearch(amounts, amount.value()) : -1;
    int yesLess = answer instanceof Answer.YesNo yesNo && yesNo.yes() ? 1 : 0;
    return new AnswerTally(answered - 1, yes - yesLess, less, amounts, at);
  }

  private static Collection<String> optionIds(Answer answer) {
    return answer instanceof Answer.Choice choice
        ? List.of(choice.optionId())
        : ((Answer.Choices) answer).optionIds();
  }

  /** How many answered, "not applicable" left out. */
  public int answered() {
    return answered;
  }

  /** How many answered yes. */
  public int yes() {
    return yes;
  }

  /** How many chose the option (a choice, or one checked in a checklist). */
  public int chosen(String optionId) {
    return chosen.getOrDefault(optionId, 0);
  }

  /** The numbers answered, ascending. */
  public List<BigDecimal> amounts() {
    return gap < 0
        ? Collections.unmodifiableList(Arrays.asList(amounts))
        : new PeerIndex.Without(amounts, gap);
  }
}
