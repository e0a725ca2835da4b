package org.socialmission.metrics.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.socialmission.metrics.benchmark.AnswerProfile.Share;
import org.socialmission.metrics.benchmark.AnswerProfile.Shares;
import org.socialmission.metrics.benchmark.AnswerProfile.Spread;
import org.socialmission.metrics.benchmark.AnswerProfile.Withheld;
import org.socialmission.metrics.questionnaire.BandRule;
import org.socialmission.metrics.questionnaire.ChoiceRule;
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
    return profile(question, AnswerTally.of(peerAnswers));
  }

  /** The profile of the peers' answers to a question, counted once in a tally. */
  public AnswerProfile profile(Question question, AnswerTally peerAnswers) {
    if (question.type() == QuestionType.TEXT) {
      return new Withheld(FREE_TEXT);
    }
    int answered = peerAnswers.answered();
    if (answered < k) {
      return new Withheld("Fewer than " + k + " peer schools answered this question.");
    }
    if (question.rule() instanceof ChoiceRule rule) {
      List<Share> shares =
          rule.options().stream()
              .map(option -> share(option.label(), peerAnswers.chosen(option.id()), answered))
              .toList();
      return new Shares(answered, shares);
    }
    if (question.rule() instanceof BandRule rule) {
      return spread(rule, peerAnswers.amounts());
    }
    return new Shares(answered, List.of(share("Yes", peerAnswers.yes(), answered)));
  }

  private static Spread spread(BandRule rule, List<BigDecimal> sorted) {
    return new Spread(
        sorted.size(),
        DisplayPrecision.round(DistributionCalculator.percentile(sorted, new BigDecimal("0.25"))),
        DisplayPrecision.round(DistributionCalculator.percentile(sorted, new BigDecimal("0.5"))),
        DisplayPrecision.round(DistributionCalculator.percentile(sorted, new BigDecimal("0.75"))),
        rule.unit());
  }

  private static Share share(String label, int hits, int answered) {
    BigDecimal percent =
        BigDecimal.valueOf(hits)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(answered), MathContext.DECIMAL64);
    return new Share(label, DisplayPrecision.round(percent));
  }
}
