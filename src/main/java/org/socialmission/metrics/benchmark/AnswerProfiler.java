package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.function.Predicate;
import org.socialmission.metrics.benchmark.AnswerProfile.Share;
import org.socialmission.metrics.benchmark.AnswerProfile.Shares;
import org.socialmission.metrics.benchmark.AnswerProfile.Spread;
import org.socialmission.metrics.benchmark.AnswerProfile.Withheld;
import org.socialmission.metrics.questionnaire.BandRule;
import org.socialmission.metrics.questionnaire.ChoiceRule;
import org.socialmission.metrics.questionnaire.Option;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.QuestionType;
import org.socialmission.metrics.scoring.Answer;

/**
 * Summarises the peers' answers to one question without revealing any of them: shares or quartiles
 * over at least {@code k} answering peers, nothing for free text. The caller passes the answers of
 * the peers of a reported group to whom the question was shown; "not applicable" answers are left
 * out of the count. Shares and quartiles leave rounded to one decimal ({@link DisplayPrecision}).
 */
public final class AnswerProfiler {

  /** The reason shown instead of peers' free text. */
  public static final String FREE_TEXT = "Peers' free-text answers are never shown.";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final int k;

  /** A profiler that needs at least {@code k} answering peers (as {@link PeerAnonymizer#k()}). */
  public AnswerProfiler(int k) {
    if (k < PeerAnonymizer.MINIMUM_K) {
      throw new IllegalArgumentException("k must be at least " + PeerAnonymizer.MINIMUM_K);
    }
    this.k = k;
  }

  /** The profile of the peers' answers to a question. */
  public AnswerProfile profile(Question question, List<Answer> peerAnswers) {
    if (question.type() == QuestionType.TEXT) {
      return new Withheld(FREE_TEXT);
    }
    List<Answer> answers =
        peerAnswers.stream().filter(a -> !(a instanceof Answer.NotApplicable)).toList();
    if (answers.size() < k) {
      return new Withheld("Fewer than " + k + " peer schools answered this question.");
    }
    if (question.rule() instanceof ChoiceRule rule) {
      return choiceShares(rule, answers);
    }
    if (question.rule() instanceof BandRule rule) {
      return spread(rule, answers);
    }
    return new Shares(answers.size(), List.of(share("Yes", answers, a -> isYes(a))));
  }

  private static Shares choiceShares(ChoiceRule rule, List<Answer> answers) {
    List<Share> shares =
        rule.options().stream()
            .map(option -> share(option.label(), answers, a -> chose(a, option)))
            .toList();
    return new Shares(answers.size(), shares);
  }

  private static Spread spread(BandRule rule, List<Answer> answers) {
    List<BigDecimal> sorted =
        answers.stream()
            .filter(Answer.Amount.class::isInstance)
            .map(a -> ((Answer.Amount) a).value())
            .sorted()
            .toList();
    return new Spread(
        sorted.size(),
        DisplayPrecision.round(DistributionCalculator.percentile(sorted, new BigDecimal("0.25"))),
        DisplayPrecision.round(DistributionCalculator.percentile(sorted, new BigDecimal("0.5"))),
        DisplayPrecision.round(DistributionCalculator.percentile(sorted, new BigDecimal("0.75"))),
        rule.unit());
  }

  private static Share share(String label, List<Answer> answers, Predicate<Answer> counted) {
    long hits = answers.stream().filter(counted).count();
    BigDecimal percent =
        BigDecimal.valueOf(hits)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(answers.size()), MathContext.DECIMAL64);
    return new Share(label, DisplayPrecision.round(percent));
  }

  private static boolean isYes(Answer answer) {
    return answer instanceof Answer.YesNo yesNo && yesNo.yes();
  }

  private static boolean chose(Answer answer, Option option) {
    if (answer instanceof Answer.Choice choice) {
      return choice.optionId().equals(option.id());
    }
    return answer instanceof Answer.Choices choices && choices.optionIds().contains(option.id());
  }
}
