package org.socialmission.metrics.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialmission.metrics.account.Account;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireLoader;
import org.socialmission.metrics.school.Discipline;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.school.School;

/**
 * The states of an assessment: not started → in progress (first change) → submitted (by the dean) →
 * in progress again when reopened, and so on; only a submitted assessment is locked, and only a
 * submitted one can be reopened. Every change moves the revision, which clients see as the ETag.
 */
class AssessmentTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 1, 9, 0);
  private static final School SCHOOL =
      new School(
          "MED-0007",
          "Test School",
          new Discipline("medicine", "Medicine", "MED"),
          Ownership.PUBLIC,
          Region.SOUTH,
          100);
  private static final Account DEAN =
      new Account("dean@x.org", "Dean", "hash", Role.DEAN, SCHOOL, T0);

  private static Questionnaire questionnaire;

  @BeforeAll
  static void load() {
    questionnaire =
        QuestionnaireLoader.load(Path.of("src/test/resources/questionnaires/scoring-v1.yaml"))
            .orThrow();
  }

  private static Assessment fresh() {
    return new Assessment(SCHOOL, 2026, questionnaire, T0);
  }

  private static Assessment inProgress() {
    Assessment assessment = fresh();
    assessment.changed(T0.plusMinutes(1));
    return assessment;
  }

  private static Assessment submitted() {
    Assessment assessment = inProgress();
    assessment.submit(DEAN, T0.plusMinutes(2));
    return assessment;
  }

  @Test
  void startsNotStartedAtRevisionZeroOnItsQuestionnaireVersion() {
    Assessment assessment = fresh();
    assertEquals(AssessmentState.NOT_STARTED, assessment.getState());
    assertEquals(0, assessment.getRevision());
    assertEquals(questionnaire.key(), assessment.getQuestionnaire());
    assertEquals(T0, assessment.getUpdatedAt());
  }

  @Test
  void theFirstChangeStartsItAndEveryChangeMovesTheRevision() {
    Assessment assessment = fresh();
    assessment.changed(T0.plusMinutes(1));
    assertEquals(AssessmentState.IN_PROGRESS, assessment.getState());
    assertEquals(1, assessment.getRevision());
    assessment.changed(T0.plusMinutes(5));
    assertEquals(AssessmentState.IN_PROGRESS, assessment.getState());
    assertEquals(2, assessment.getRevision());
    assertEquals(T0.plusMinutes(5), assessment.getUpdatedAt());
  }

  @Test
  void submittingRecordsWhoAndWhenAndMovesTheRevision() {
    Assessment assessment = submitted();
    assertEquals(AssessmentState.SUBMITTED, assessment.getState());
    assertSame(DEAN, assessment.getSubmittedBy());
    assertEquals(T0.plusMinutes(2), assessment.getSubmittedAt());
    assertEquals(2, assessment.getRevision());
  }

  @Test
  void reopeningGoesBackToInProgressAndForgetsTheSubmission() {
    Assessment assessment = submitted();
    assessment.reopen(T0.plusMinutes(3));
    assertEquals(AssessmentState.IN_PROGRESS, assessment.getState());
    assertNull(assessment.getSubmittedBy());
    assertNull(assessment.getSubmittedAt());
    assertEquals(3, assessment.getRevision());
  }

  @Test
  void aReopenedAssessmentTakesChangesAndCanBeSubmittedAgain() {
    Assessment assessment = submitted();
    assessment.reopen(T0.plusMinutes(3));
    assessment.changed(T0.plusMinutes(4));
    assessment.submit(DEAN, T0.plusMinutes(5));
    assertEquals(AssessmentState.SUBMITTED, assessment.getState());
    assertEquals(T0.plusMinutes(5), assessment.getSubmittedAt());
    assertEquals(5, assessment.getRevision());
  }

  /**
   * Whether every required answer is there is the service's check; the state machine itself lets an
   * untouched assessment be submitted.
   */
  @Test
  void anUntouchedAssessmentCanBeSubmitted() {
    Assessment assessment = fresh();
    assessment.submit(DEAN, T0.plusMinutes(1));
    assertEquals(AssessmentState.SUBMITTED, assessment.getState());
  }

  static Stream<Arguments> refusedTransitions() {
    Consumer<Assessment> change = a -> a.changed(T0.plusHours(1));
    Consumer<Assessment> submit = a -> a.submit(DEAN, T0.plusHours(1));
    Consumer<Assessment> reopen = a -> a.reopen(T0.plusHours(1));
    Consumer<Assessment> requireEditable = Assessment::requireEditable;
    return Stream.of(
        Arguments.of("change a submitted assessment", submitted(), change),
        Arguments.of("submit a submitted assessment again", submitted(), submit),
        Arguments.of("edit a submitted assessment at all", submitted(), requireEditable),
        Arguments.of("reopen an assessment not started", fresh(), reopen),
        Arguments.of("reopen an assessment in progress", inProgress(), reopen));
  }

  @ParameterizedTest(name = "refuses to {0}")
  @MethodSource("refusedTransitions")
  void refusesIllegalTransitionsAndLeavesTheAssessmentAsItWas(
      String what, Assessment assessment, Consumer<Assessment> transition) {
    AssessmentState state = assessment.getState();
    long revision = assessment.getRevision();
    LocalDateTime updatedAt = assessment.getUpdatedAt();
    assertThrows(AssessmentLockedException.class, () -> transition.accept(assessment));
    assertEquals(state, assessment.getState());
    assertEquals(revision, assessment.getRevision());
    assertEquals(updatedAt, assessment.getUpdatedAt());
  }

  @Test
  void aReopeningNeedsAReasonOfBoundedLength() {
    Assessment assessment = submitted();
    assertThrows(InvalidAnswerException.class, () -> new Reopening(assessment, " ", DEAN, T0));
    assertThrows(InvalidAnswerException.class, () -> new Reopening(assessment, null, DEAN, T0));
    String tooLong = "x".repeat(Reopening.MAX_REASON + 1);
    assertThrows(InvalidAnswerException.class, () -> new Reopening(assessment, tooLong, DEAN, T0));
    assertEquals(
        "Late data", new Reopening(assessment, "  Late data ", DEAN, T0).getReason(), "stripped");
  }
}
