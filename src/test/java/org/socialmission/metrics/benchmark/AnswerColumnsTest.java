package org.socialmission.metrics.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialmission.metrics.benchmark.TestQuestions.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.questionnaire.Band;
import org.socialmission.metrics.questionnaire.BandRule;
import org.socialmission.metrics.questionnaire.ChoiceRule;
import org.socialmission.metrics.questionnaire.Option;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.QuestionType;
import org.socialmission.metrics.questionnaire.YesNoRule;
import org.socialmission.metrics.scoring.Answer;

/**
 * Answers counted once per release: the profile of a question with the subject left out is the
 * profile of the other schools' answers, whichever school asks.
 */
class AnswerColumnsTest {

  private static final AnswerProfiler PROFILER = new AnswerProfiler(5);
  private static final List<Option> OPTIONS =
      List.of(
          new Option("a", "A", BigDecimal.ONE),
          new Option("b", "B", BigDecimal.ONE),
          new Option("c", "C", BigDecimal.ONE));
  private static final Question YES_NO =
      question("q.yes", QuestionType.YESNO, new YesNoRule(BigDecimal.ONE, BigDecimal.ZERO));
  private static final Question CHOICE =
      question("q.one", QuestionType.SINGLE, new ChoiceRule(false, OPTIONS, BigDecimal.ONE));
  private static final Question CHECKLIST =
      question("q.many", QuestionType.MULTIPLE, new ChoiceRule(true, OPTIONS, BigDecimal.ONE));
  private static final Question NUMBER =
      question(
          "q.number",
          QuestionType.PERCENTAGE,
          new BandRule(
              "%",
              BigDecimal.ZERO,
              Optional.of(BigDecimal.valueOf(100)),
              List.of(
                  new Band(
                      BigDecimal.ZERO, Optional.of(BigDecimal.valueOf(100)), BigDecimal.ONE))));

  /** Schools answering at random, some questions left unanswered or not applicable. */
  private static Map<String, Map<String, Answer>> schools(int count, long seed) {
    Random random = new Random(seed);
    Map<String, Map<String, Answer>> schools = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      Map<String, Answer> answers = new LinkedHashMap<>();
      answer(answers, random, YES_NO, random.nextBoolean() ? Answer.yes() : Answer.no());
      answer(answers, random, CHOICE, Answer.choice(OPTIONS.get(random.nextInt(3)).id()));
      answer(
          answers,
          random,
          CHECKLIST,
          new Answer.Choices(
              Set.copyOf(
                  OPTIONS.stream().filter(o -> random.nextBoolean()).map(Option::id).toList())));
      // few distinct numbers, so that equal values sit side by side
      answer(answers, random, NUMBER, Answer.amount(String.valueOf(5 * random.nextInt(8))));
      schools.put("S-" + i, answers);
    }
    return schools;
  }

  private static void answer(
      Map<String, Answer> answers, Random random, Question question, Answer answer) {
    int draw = random.nextInt(10);
    if (draw == 0) {
      answers.put(question.id(), Answer.notApplicable());
    } else if (draw > 1) {
      answers.put(question.id(), answer);
    }
  }

  @Test
  void leavingASchoolOutProfilesTheOthersAnswers() {
    Map<String, Map<String, Answer>> schools = schools(40, 5);
    AnswerColumns columns = new AnswerColumns(schools);
    for (Question question : List.of(YES_NO, CHOICE, CHECKLIST, NUMBER)) {
      for (String subject : List.of("S-0", "S-7", "S-39", "not in the release")) {
        List<Answer> others = new ArrayList<>();
        schools.forEach(
            (code, answers) -> {
              if (!code.equals(subject)) {
                others.add(answers.get(question.id()));
              }
            });
        others.removeIf(Objects::isNull);
        assertEquals(
            PROFILER.profile(question, others),
            PROFILER.profile(question, columns.tally(question.id(), subject)),
            question.id() + " for " + subject);
      }
    }
  }

  @Test
  void aSchoolLeftOutCanBringTheCountBelowK() {
    Map<String, Map<String, Answer>> five = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      five.put("S-" + i, Map.of(YES_NO.id(), Answer.yes()));
    }
    AnswerColumns columns = new AnswerColumns(five);
    assertEquals(
        5, ((AnswerProfile.Shares) PROFILER.profile(YES_NO, columns.tally("q.yes", "X"))).n());
    assertEquals(
        new AnswerProfile.Withheld("Fewer than 5 peer schools answered this question."),
        PROFILER.profile(YES_NO, columns.tally("q.yes", "S-3")));
  }
}
