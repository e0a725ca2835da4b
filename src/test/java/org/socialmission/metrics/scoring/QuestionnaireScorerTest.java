package org.socialmission.metrics.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireException;
import org.socialmission.metrics.questionnaire.QuestionnaireLoader;

/**
 * Scoring rules against the fixture {@code src/test/resources/questionnaires/scoring-v1.yaml};
 * every expected value is computed by hand from the points written there.
 */
class QuestionnaireScorerTest {

  private static Questionnaire fixture;

  @BeforeAll
  static void load() {
    fixture =
        QuestionnaireLoader.load(Path.of("src/test/resources/questionnaires/scoring-v1.yaml"))
            .orThrow();
  }

  private static ScoreCard score(Map<String, Answer> answers) {
    return QuestionnaireScorer.score(fixture, answers);
  }

  static Stream<Arguments> pointsPerAnswer() {
    return Stream.of(
        Arguments.of("mission.yes", Answer.yes(), "2", "2"),
        Arguments.of("mission.yes", Answer.no(), "1", "2"),
        Arguments.of("mission.single", Answer.choice("a"), "0", "3"),
        Arguments.of("mission.single", Answer.choice("b"), "1", "3"),
        Arguments.of("mission.single", Answer.choice("c"), "3", "3"),
        Arguments.of("mission.multi", Answer.choices(), "0", "4"),
        Arguments.of("mission.multi", Answer.choices("x"), "1", "4"),
        Arguments.of("mission.multi", Answer.choices("x", "y"), "3", "4"),
        Arguments.of("mission.multi", Answer.choices("y", "z"), "4", "4"),
        Arguments.of("mission.multi", Answer.choices("x", "y", "z"), "4", "4"),
        Arguments.of("pipeline.kinds", Answer.choices("a", "b"), "2", "2"),
        Arguments.of("admissions.share", Answer.amount("0"), "0", "2"),
        Arguments.of("admissions.share", Answer.amount("24.99"), "0", "2"),
        Arguments.of("admissions.share", Answer.amount("25"), "1", "2"),
        Arguments.of("admissions.share", Answer.amount("49.9"), "1", "2"),
        Arguments.of("admissions.share", Answer.amount("50"), "2", "2"),
        Arguments.of("admissions.share", Answer.amount("100"), "2", "2"),
        Arguments.of("curriculum.hours", Answer.amount("39.5"), "0", "3"),
        Arguments.of("curriculum.hours", Answer.amount("40"), "3", "3"),
        Arguments.of("curriculum.hours", Answer.amount("100"), "3", "3"),
        Arguments.of("debt.median", Answer.amount("99999"), "2", "2"),
        Arguments.of("debt.median", Answer.amount("100000"), "0", "2"),
        Arguments.of("debt.median", Answer.amount("2500000"), "0", "2"),
        Arguments.of("mission.note", Answer.text("See the 2024 plan."), "0", "0"));
  }

  @ParameterizedTest(name = "{0} = {1} scores {2} of {3}")
  @MethodSource("pointsPerAnswer")
  void pointsPerAnswer(String questionId, Answer answer, String points, String max) {
    QuestionScore score = score(Map.of(questionId, answer)).question(questionId);
    assertEquals(QuestionStatus.ANSWERED, score.status());
    assertEquals(0, new BigDecimal(points).compareTo(score.points()), "points");
    assertEquals(0, new BigDecimal(max).compareTo(score.max()), "max");
  }

  static Stream<Arguments> numberBands() {
    return Stream.of(
        Arguments.of("0", "0"),
        Arguments.of("9.99", "0"),
        Arguments.of("10", "1"),
        Arguments.of("49", "1"),
        Arguments.of("50", "2"),
        Arguments.of("1000000", "2"));
  }

  @ParameterizedTest(name = "{0} students scores {1}")
  @MethodSource("numberBands")
  void openEndedNumberBands(String students, String points) {
    QuestionScore score =
        score(Map.of("pipeline.runs", Answer.yes(), "pipeline.count", Answer.amount(students)))
            .question("pipeline.count");
    assertEquals(0, new BigDecimal(points).compareTo(score.points()));
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of("mission.yes", Map.of(), QuestionStatus.UNANSWERED, "0", "2"),
        Arguments.of(
            "mission.na",
            Map.of("mission.na", Answer.notApplicable()),
            QuestionStatus.NOT_APPLICABLE,
            "0",
            "0"),
        Arguments.of(
            "pipeline.count",
            Map.of("pipeline.runs", Answer.no(), "pipeline.count", Answer.amount("80")),
            QuestionStatus.HIDDEN,
            "0",
            "0"),
        Arguments.of("pipeline.count", Map.of(), QuestionStatus.HIDDEN, "0", "0"),
        Arguments.of(
            "pipeline.count",
            Map.of("pipeline.runs", Answer.yes()),
            QuestionStatus.UNANSWERED,
            "0",
            "2"),
        Arguments.of(
            "pipeline.extra",
            Map.of("pipeline.kinds", Answer.choices("a")),
            QuestionStatus.HIDDEN,
            "0",
            "0"),
        Arguments.of(
            "pipeline.extra",
            Map.of("pipeline.kinds", Answer.choices("a", "b"), "pipeline.extra", Answer.yes()),
            QuestionStatus.ANSWERED,
            "1",
            "1"),
        Arguments.of(
            "admissions.follow",
            Map.of("admissions.level", Answer.choice("low")),
            QuestionStatus.HIDDEN,
            "0",
            "0"),
        Arguments.of(
            "admissions.follow",
            Map.of("admissions.level", Answer.choice("high")),
            QuestionStatus.UNANSWERED,
            "0",
            "1"),
        Arguments.of(
            "mission.note",
            Map.of("mission.note", Answer.text("  ")),
            QuestionStatus.UNANSWERED,
            "0",
            "0"),
        // "None of these" is an answer worth nothing; no entry at all is no answer.
        Arguments.of(
            "mission.multi",
            Map.of("mission.multi", Answer.choices()),
            QuestionStatus.ANSWERED,
            "0",
            "4"),
        Arguments.of("mission.multi", Map.of(), QuestionStatus.UNANSWERED, "0", "4"));
  }

  @ParameterizedTest(name = "{0} with {1} is {2}")
  @MethodSource("statuses")
  void statusOfAQuestion(
      String questionId,
      Map<String, Answer> answers,
      QuestionStatus status,
      String points,
      String max) {
    QuestionScore score = score(answers).question(questionId);
    assertEquals(status, score.status());
    assertEquals(0, new BigDecimal(points).compareTo(score.points()));
    assertEquals(0, new BigDecimal(max).compareTo(score.max()));
  }

  static Stream<Arguments> modalityScores() {
    return Stream.of(
        // 2 + 3 + 4 + 1 of 2 + 3 + 4 + 1
        Arguments.of(
            "mission",
            Map.of(
                "mission.yes",
                Answer.yes(),
                "mission.single",
                Answer.choice("c"),
                "mission.multi",
                Answer.choices("x", "y", "z"),
                "mission.na",
                Answer.yes()),
            "10",
            "10",
            "100.0"),
        // N/A removes 1 from the maximum: 1 + 1 + 1 of 2 + 3 + 4
        Arguments.of(
            "mission",
            Map.of(
                "mission.yes",
                Answer.no(),
                "mission.single",
                Answer.choice("b"),
                "mission.multi",
                Answer.choices("x"),
                "mission.na",
                Answer.notApplicable()),
            "3",
            "9",
            "33.3"),
        // runs = no hides count; kinds = a hides extra: 0 + 1 of 1 + 2
        Arguments.of(
            "pipeline",
            Map.of("pipeline.runs", Answer.no(), "pipeline.kinds", Answer.choices("a")),
            "1",
            "3",
            "33.3"),
        // count shown but unanswered: 1 + 0 + 1 + 1 of 1 + 2 + 2 + 1
        Arguments.of(
            "pipeline",
            Map.of(
                "pipeline.runs",
                Answer.yes(),
                "pipeline.kinds",
                Answer.choices("b"),
                "pipeline.extra",
                Answer.yes()),
            "3",
            "6",
            "50.0"),
        // 1 + 0 of 2 + 2 (follow hidden until level is high)
        Arguments.of(
            "admissions", Map.of("admissions.share", Answer.amount("30")), "1", "4", "25.0"),
        // 0 + 2 + 1 of 2 + 2 + 1
        Arguments.of(
            "admissions",
            Map.of(
                "admissions.share",
                Answer.amount("10"),
                "admissions.level",
                Answer.choice("high"),
                "admissions.follow",
                Answer.yes()),
            "3",
            "5",
            "60.0"),
        // an optional question still counts in the maximum: 3 + 0 of 3 + 1
        Arguments.of(
            "curriculum", Map.of("curriculum.hours", Answer.amount("40")), "3", "4", "75.0"),
        // count 5 is in the lowest band: 1 + 0 + 1 of 1 + 2 + 2 (extra hidden)
        Arguments.of(
            "pipeline",
            Map.of(
                "pipeline.runs",
                Answer.yes(),
                "pipeline.kinds",
                Answer.choices("a"),
                "pipeline.count",
                Answer.amount("5")),
            "2",
            "5",
            "40.0"));
  }

  @ParameterizedTest(name = "{0}: {2} of {3} = {4}")
  @MethodSource("modalityScores")
  void modalityScore(
      String modalityId, Map<String, Answer> answers, String points, String max, String display) {
    ModalityScore modality = score(answers).modality(modalityId);
    assertEquals(0, new BigDecimal(points).compareTo(modality.points()), "points");
    assertEquals(0, new BigDecimal(max).compareTo(modality.max()), "max");
    assertEquals(display, modality.score().orElseThrow().toDisplay());
  }

  @Test
  void modalityWithoutApplicableMaximumHasNoScore() {
    ScoreCard card =
        score(Map.of("mentoring.na", Answer.notApplicable(), "clinical.note", Answer.text("x")));
    assertEquals(Optional.empty(), card.modality("mentoring").score());
    assertEquals(Optional.empty(), card.modality("clinical").score());
    assertEquals(Optional.of(Ratio.ZERO), card.modality("debt").score());
  }

  /**
   * Mission 100 with weight 2 and pipeline 50 with weight 1; the answers of the other modalities
   * vary.
   */
  private static Map<String, Answer> missionFullPipelineHalf() {
    Map<String, Answer> answers =
        new HashMap<>(
            Map.of(
                "mission.yes",
                Answer.yes(),
                "mission.single",
                Answer.choice("c"),
                "mission.multi",
                Answer.choices("y", "z"),
                "mission.na",
                Answer.yes()));
    answers.putAll(
        Map.of(
            "pipeline.runs",
            Answer.yes(),
            "pipeline.kinds",
            Answer.choices("b"),
            "pipeline.extra",
            Answer.yes()));
    return answers;
  }

  @Test
  void overallIsTheWeightedMeanOfDefinedModalities() {
    // defined: mission 100 (w2), pipeline 50, admissions, curriculum, debt, mentoring, graduates 0
    // (w1 each);
    // clinical has no score: (2 × 100 + 50) / 8 = 31.25
    ScoreCard card = score(missionFullPipelineHalf());
    assertEquals(
        Optional.of(new Ratio(BigInteger.valueOf(125), BigInteger.valueOf(4))), card.overall());
    assertEquals("31.3", card.overall().orElseThrow().toDisplay());
  }

  @Test
  void weightsAreRenormalizedOverDefinedModalities() {
    // mentoring and graduates N/A drop out: (2 × 100 + 50) / 6 = 41.666...
    Map<String, Answer> answers = missionFullPipelineHalf();
    answers.put("mentoring.na", Answer.notApplicable());
    answers.put("graduates.share", Answer.notApplicable());
    ScoreCard card = score(answers);
    assertEquals(
        new Ratio(BigInteger.valueOf(125), BigInteger.valueOf(3)), card.overall().orElseThrow());
    assertEquals("41.7", card.overall().orElseThrow().toDisplay());
  }

  @Test
  void overallIsUndefinedWhenNoModalityHasAScore() {
    ModalityScore none =
        ModalityScore.of(
            "clinical",
            BigDecimal.ONE,
            List.of(
                new QuestionScore(
                    "clinical.note",
                    QuestionStatus.ANSWERED,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    false)));
    assertEquals(Optional.empty(), QuestionnaireScorer.overall(List.of(none, none)));
  }

  @Test
  void progressCountsRequiredVisibleQuestionsWithNotApplicableAsAnswered() {
    ScoreCard card =
        score(
            Map.of(
                "mission.yes",
                Answer.yes(),
                "mission.na",
                Answer.notApplicable(),
                "mission.note",
                Answer.text("evidence"),
                "pipeline.runs",
                Answer.no(),
                "curriculum.optional",
                Answer.yes()));
    assertEquals(
        List.of(2, 4),
        List.of(card.modality("mission").answeredRequired(), card.modality("mission").required()));
    // runs and kinds are required; count and extra are hidden
    assertEquals(
        List.of(1, 2),
        List.of(
            card.modality("pipeline").answeredRequired(), card.modality("pipeline").required()));
    // the optional question does not count
    assertEquals(
        List.of(0, 1),
        List.of(
            card.modality("curriculum").answeredRequired(),
            card.modality("curriculum").required()));
    assertEquals(0, card.modality("clinical").required());
    // 4 + 2 + 2 + 1 + 0 + 1 + 1 + 1 required, 2 + 1 answered
    assertEquals(List.of(3, 12), List.of(card.answeredRequired(), card.required()));
  }

  static Stream<Arguments> rejectedAnswers() {
    return Stream.of(
        Arguments.of(
            "mission.yes",
            Answer.notApplicable(),
            "question mission.yes does not allow 'not applicable'"),
        Arguments.of(
            "mission.yes",
            Answer.choice("a"),
            "answer Choice[optionId=a] does not fit yesno question" + " mission.yes"),
        Arguments.of(
            "mission.single", Answer.choice("d"), "question mission.single has no option 'd'"),
        Arguments.of(
            "mission.multi", Answer.choices("x", "w"), "question mission.multi has no option 'w'"),
        Arguments.of(
            "curriculum.hours",
            Answer.amount("100.5"),
            "answer 100.5 to curriculum.hours is outside" + " 0 to 100"),
        Arguments.of(
            "admissions.share",
            Answer.amount("-1"),
            "answer -1 to admissions.share is outside 0 to 100"),
        Arguments.of(
            "mission.nope", Answer.yes(), "questionnaire scoring v1 has no question mission.nope"));
  }

  @ParameterizedTest(name = "{0} = {1} is rejected")
  @MethodSource("rejectedAnswers")
  void answersThatDoNotFitAreRejected(String questionId, Answer answer, String message) {
    QuestionnaireException e =
        assertThrows(QuestionnaireException.class, () -> score(Map.of(questionId, answer)));
    assertEquals(message, e.getMessage());
  }
}
