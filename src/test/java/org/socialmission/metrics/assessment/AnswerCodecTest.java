package org.socialmission.metrics.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialmission.metrics.questionnaire.BandRule;
import org.socialmission.metrics.questionnaire.ChoiceRule;
import org.socialmission.metrics.questionnaire.Discipline;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.scoring.Answer;

/** Typed values become answers, bad ones get a message a person can act on. */
class AnswerCodecTest {

  private static Questionnaire medicine;

  @BeforeAll
  static void load() {
    medicine =
        QuestionnaireCatalog.load(Path.of("questionnaires"))
            .current(Discipline.MEDICINE)
            .orElseThrow();
  }

  private static Question first(String type) {
    return medicine.questions().stream()
        .filter(q -> q.type().code().equals(type))
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "yesno; yes; yes",
        "yesno; NO; no",
        "yesno; true; yes",
        "percentage; 35; 35",
        "percentage; 12.5; 12.5",
        "number; '1,200'; 1200",
        "number; '1,200.5'; 1200.5",
        "number; 1 200; 1200",
        "percentage; 40 %; 40",
        "percentage; 100.0; 100",
        "number; 0; 0",
        "number; 250; 250"
      })
  void readsAndNormalizesTypedValues(String type, String typed, String stored) {
    assertEquals(stored, AnswerCodec.format(AnswerCodec.parse(first(type), typed)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "yesno; maybe; Choose yes or no.",
        "single; no-such-option; Choose one of the listed options.",
        "multiple; no-such-option; Tick only options from the list.",
        "percentage; 150; Enter a percentage from 0 to 100.",
        "percentage; -1; Enter a percentage from 0 to 100.",
        "percentage; lots; Enter a percentage from 0 to 100, such as 35 or 12.5.",
        "number; twelve; Enter a number, such as 42 or 12.5."
      })
  void explainsWhatIsWrong(String type, String typed, String message) {
    var error =
        assertThrows(InvalidAnswerException.class, () -> AnswerCodec.parse(first(type), typed));
    assertEquals(message, error.getMessage());
    assertEquals(first(type).id(), error.questionId());
  }

  @Test
  void checklistsKeepEveryTickedOptionAndNoneIsAnAnswerToo() {
    Question checklist = first("multiple");
    var rule = (ChoiceRule) checklist.rule();
    String two = rule.options().get(1).id() + "|" + rule.options().get(0).id();
    Answer answer = AnswerCodec.parse(checklist, two);
    assertEquals(2, ((Answer.Choices) answer).optionIds().size());
    assertEquals(0, ((Answer.Choices) AnswerCodec.parse(checklist, "")).optionIds().size());
    assertEquals(
        "None of these",
        AnswerCodec.display(checklist, AnswerCodec.parse(checklist, ""), Locale.ENGLISH));
  }

  @Test
  void notApplicableOnlyWhereAllowed() {
    Question strict =
        medicine.questions().stream().filter(q -> !q.naAllowed()).findFirst().orElseThrow();
    Question lenient =
        medicine.questions().stream().filter(Question::naAllowed).findFirst().orElseThrow();
    assertThrows(InvalidAnswerException.class, () -> AnswerCodec.notApplicable(strict));
    assertEquals(new Answer.NotApplicable(), AnswerCodec.notApplicable(lenient));
    assertEquals("Not applicable", AnswerCodec.describe(lenient, null, true, Locale.ENGLISH));
  }

  @Test
  void textThatNoDatabaseCanStoreIsRefusedForItsQuestion() {
    Question text = first("text");
    var refused =
        assertThrows(InvalidAnswerException.class, () -> AnswerCodec.parse(text, "a\u0000b"));
    assertEquals(text.id(), refused.questionId());
    assertThrows(InvalidAnswerException.class, () -> AnswerCodec.parse(text, "lone \uD83D"));
  }

  /** Huge exponents are refused from the number's scale alone: nothing is expanded or summed. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "1e50000000; Enter a number from 0 to 100000 students.",
        "1e10001; Enter a number from 0 to 100000 students.",
        "1e9999; Enter a number from 0 to 100000 students.",
        "100001; Enter a number from 0 to 100000 students.",
        "1e-50000000; Enter at most 6 decimal places.",
        "0.0000001; Enter at most 6 decimal places.",
        "12345678901234567890123456789012345678901; Enter a number, such as 42 or 12.5."
      })
  void numbersAreBoundedInSizeAndDecimalsBeforeAnyArithmetic(String typed, String message) {
    Question participants = medicine.question("pipeline.pathway-participants").orElseThrow();
    var error =
        assertThrows(
            InvalidAnswerException.class,
            () -> {
              if (typed.length() > 40) {
                AnswerCodec.parse(participants, typed);
              } else {
                AnswerCodec.bounded(participants, new java.math.BigDecimal(typed));
              }
            });
    assertEquals(message, error.getMessage());
  }

  /** What people type, read in their own locale; what could be read two ways is refused. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "en; '1,200'; 1200",
        "en; '1,200.5'; 1200.5",
        "en; 12.5; 12.5",
        "en; 1 200; 1200",
        "en; 0.5; 0.5",
        "de; 1.200; 1200",
        "de; '12,5'; 12.5",
        "de; '1.200,75'; 1200.75",
        "fr; '12,5'; 12.5",
        "fr; 1\u202f200; 1200",
        "fr; 1 200; 1200"
      })
  void readsNumbersInThePersonsLocale(String language, String typed, String stored) {
    Question participants = medicine.question("pipeline.pathway-participants").orElseThrow();
    assertEquals(
        stored,
        AnswerCodec.format(
            AnswerCodec.parse(participants, typed, Locale.forLanguageTag(language))));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "en; '12,5'; \u201c12,5\u201d can be read more than one way: write thousands as 1,200 and"
            + " decimals as 12.5.",
        "en; '1,2,3'; \u201c1,2,3\u201d can be read more than one way: write thousands as 1,200 and"
            + " decimals as 12.5.",
        "de; 12.5; \u201c12.5\u201d can be read more than one way: write thousands as 1.200 and"
            + " decimals as 12,5.",
        "en; 12.7 students; Type the number alone, such as 12.5, without units, letters or"
            + " exponents: the unit is shown beside the box.",
        "en; 1e3; Type the number alone, such as 12.5, without units, letters or exponents: the"
            + " unit is shown beside the box.",
        "de; 1e3; Type the number alone, such as 12,5, without units, letters or exponents: the"
            + " unit is shown beside the box."
      })
  void refusesWhatCouldBeReadTwoWaysAndUnitsAndExponents(
      String language, String typed, String message) {
    Question participants = medicine.question("pipeline.pathway-participants").orElseThrow();
    var error =
        assertThrows(
            InvalidAnswerException.class,
            () -> AnswerCodec.parse(participants, typed, Locale.forLanguageTag(language)));
    assertEquals(message, error.getMessage());
    assertEquals(participants.id(), error.questionId());
  }

  @Test
  void exactDecimalsWithinTheLimitsAreKept() {
    Question participants = medicine.question("pipeline.pathway-participants").orElseThrow();
    assertEquals("2.5", AnswerCodec.format(AnswerCodec.parse(participants, "2.500000000")));
    assertEquals("100000", AnswerCodec.format(AnswerCodec.parse(participants, "100000")));
  }

  @Test
  void everyNumberQuestionOfTheQuestionnairesHasAMaximumBelowTheCap() {
    for (Question question : medicine.questions()) {
      if (question.rule() instanceof BandRule rule && question.type().code().equals("number")) {
        assertTrue(rule.max().orElseThrow().compareTo(AnswerCodec.MAX_AMOUNT) < 0, question.id());
      }
    }
  }

  @Test
  void formulaLikeTextStaysAsTyped() {
    assertEquals(
        "=HYPERLINK(\"x\")",
        AnswerCodec.format(AnswerCodec.parse(first("text"), "=HYPERLINK(\"x\")")));
  }

  @Test
  void showsOptionLabelsAndUnits() {
    Question single = first("single");
    var option = ((ChoiceRule) single.rule()).options().get(0);
    assertEquals(option.label(), AnswerCodec.describe(single, option.id(), false, Locale.ENGLISH));
    assertEquals("35%", AnswerCodec.describe(first("percentage"), "35", false, Locale.ENGLISH));
  }
}
