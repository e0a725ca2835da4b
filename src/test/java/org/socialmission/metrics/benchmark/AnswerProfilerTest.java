package org.socialmission.metrics.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.benchmark.AnswerProfile.Share;
import org.socialmission.metrics.benchmark.AnswerProfile.Shares;
import org.socialmission.metrics.benchmark.AnswerProfile.Spread;
import org.socialmission.metrics.benchmark.AnswerProfile.Withheld;
import org.socialmission.metrics.questionnaire.Band;
import org.socialmission.metrics.questionnaire.BandRule;
import org.socialmission.metrics.questionnaire.ChoiceRule;
import org.socialmission.metrics.questionnaire.NoScoring;
import org.socialmission.metrics.questionnaire.Option;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.QuestionType;
import org.socialmission.metrics.questionnaire.ScoringRule;
import org.socialmission.metrics.questionnaire.YesNoRule;
import org.socialmission.metrics.scoring.Answer;

/** Peers' answers in aggregate, with hand-computed shares and quartiles. */
class AnswerProfilerTest {

  private static final AnswerProfiler PROFILER = new AnswerProfiler(5);

  private static Question question(QuestionType type, ScoringRule rule) {
    return TestQuestions.question("mission.q", type, rule);
  }

  private static void assertShare(String label, String percent, Share share) {
    assertEquals(label, share.label());
    assertEquals(0, new BigDecimal(percent).compareTo(share.percent()), share.toString());
  }

  @Test
  void yesShareLeavesNotApplicableOut() {
    Question yesNo = question(QuestionType.YESNO, new YesNoRule(BigDecimal.ONE, BigDecimal.ZERO));
    List<Answer> answers =
        List.of(
            Answer.yes(),
            Answer.yes(),
            Answer.yes(),
            Answer.no(),
            Answer.no(),
            Answer.notApplicable());
    Shares shares = (Shares) PROFILER.profile(yesNo, answers);
    assertEquals(5, shares.n());
    assertShare("Yes", "60", shares.shares().get(0));
  }

  @Test
  void fewerThanKAnswersAreWithheld() {
    Question yesNo = question(QuestionType.YESNO, new YesNoRule(BigDecimal.ONE, BigDecimal.ZERO));
    List<Answer> answers =
        List.of(Answer.yes(), Answer.yes(), Answer.yes(), Answer.no(), Answer.notApplicable());
    assertEquals(
        new Withheld("Fewer than 5 peer schools answered this question."),
        PROFILER.profile(yesNo, answers));
  }

  @Test
  void freeTextIsNeverProfiled() {
    Question text = question(QuestionType.TEXT, new NoScoring());
    assertEquals(
        new Withheld(AnswerProfiler.FREE_TEXT),
        PROFILER.profile(text, Collections.nCopies(50, Answer.text("=secret"))));
  }

  @Test
  void checklistSharesArePerOption() {
    ChoiceRule rule =
        new ChoiceRule(
            true,
            List.of(new Option("a", "A", BigDecimal.ONE), new Option("b", "B", BigDecimal.ONE)),
            BigDecimal.valueOf(2));
    List<Answer> answers =
        List.of(
            Answer.choices("a", "b"),
            Answer.choices("a"),
            Answer.choices(),
            Answer.choices("a"),
            Answer.choices("b"),
            Answer.choices("a", "b"),
            Answer.choices(),
            Answer.choices("a"));
    Shares shares = (Shares) PROFILER.profile(question(QuestionType.MULTIPLE, rule), answers);
    assertShare("A", "62.5", shares.shares().get(0));
    assertShare("B", "37.5", shares.shares().get(1));
  }

  @Test
  void numbersGiveQuartiles() {
    BandRule rule =
        new BandRule(
            "%",
            BigDecimal.ZERO,
            Optional.of(BigDecimal.valueOf(100)),
            List.of(
                new Band(BigDecimal.ZERO, Optional.of(BigDecimal.valueOf(100)), BigDecimal.ONE)));
    List<Answer> answers =
        List.of(
            Answer.amount("80"),
            Answer.amount("10"),
            Answer.amount("40"),
            Answer.amount("20"),
            Answer.amount("30"));
    Spread spread = (Spread) PROFILER.profile(question(QuestionType.PERCENTAGE, rule), answers);
    assertEquals(0, new BigDecimal("20").compareTo(spread.p25()));
    assertEquals(0, new BigDecimal("30").compareTo(spread.median()));
    assertEquals(0, new BigDecimal("40").compareTo(spread.p75()));
  }

  @Test
  void kBelowFiveIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new AnswerProfiler(3));
  }
}
