package org.socialmission.metrics.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;

/**
 * A school's points read through another framework: per THEnet part or ASPIRE domain, the points of
 * the questions tagged with it, their applicable maximum, and the score 100 × points / maximum
 * (none when the maximum is 0). Hidden and not-applicable questions count nothing, as in the
 * modality scores, so the parts' points add up to the school's points. Usage:
 *
 * <pre>{@code
 * List<Crosswalk.Part> parts = Crosswalk.of(questionnaire, card, Framework.THENET);
 * }</pre>
 */
public final class Crosswalk {

  private static final Ratio HUNDRED = Ratio.of(BigDecimal.valueOf(100));

  private Crosswalk() {}

  /**
   * One part of a framework.
   *
   * @param part the part's code, e.g. {@code how-we-work}
   * @param score 100 × points / max; empty when max is 0
   */
  public record Part(String part, BigDecimal points, BigDecimal max, Optional<Ratio> score) {}

  /** Every part of the framework, in its own order, also those no question informs. */
  public static List<Part> of(Questionnaire questionnaire, ScoreCard card, Framework framework) {
    Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
    framework
        .parts()
        .forEach(p -> sums.put(p, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO}));
    for (Question question : questionnaire.questions()) {
      QuestionScore score = card.question(question.id());
      BigDecimal[] sum = sums.get(framework.partOf(question));
      sum[0] = sum[0].add(score.points());
      sum[1] = sum[1].add(score.max());
    }
    return sums.entrySet().stream()
        .map(e -> part(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  private static Part part(String code, BigDecimal points, BigDecimal max) {
    return new Part(
        code,
        points,
        max,
        max.signum() == 0 ? Optional.empty() : Optional.of(HUNDRED.times(Ratio.of(points, max))));
  }
}
