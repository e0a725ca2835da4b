package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;
import org.socialmission.metrics.questionnaire.runtime.QuestionnaireLibrary;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.QuestionnaireScorer;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * What pages and other features read about assessments: the questionnaire an assessment is on, the
 * scores and missing answers of a snapshot, and the submitted assessments and progress of a cycle
 * for benchmarks, the dashboard, research exports and completion tracking. Nothing here changes
 * data or checks access: the snapshot methods work on what {@link AssessmentService} already let
 * the user read, and the callers of the cycle-wide methods enforce access themselves.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssessmentQueries {

  @Inject private AssessmentRepository assessments;
  @Inject private QuestionnaireLibrary library;

  /** The questionnaire version the assessment uses. */
  public Questionnaire questionnaire(AssessmentSnapshot snapshot) {
    return questionnaire(snapshot.questionnaire());
  }

  /**
   * A questionnaire version that assessments use; it is always loaded (the app checks at start-up).
   */
  public Questionnaire questionnaire(QuestionnaireKey key) {
    return library
        .find(key.id(), key.version())
        .orElseThrow(() -> new IllegalStateException("Questionnaire " + key + " is gone"));
  }

  /** The snapshot's answers as scoring answers. */
  public Map<String, Answer> answersOf(AssessmentSnapshot snapshot) {
    return StoredAnswers.toAnswers(questionnaire(snapshot), snapshot.answers());
  }

  /** The scores of the answers in the snapshot. */
  public ScoreCard scores(AssessmentSnapshot snapshot) {
    return QuestionnaireScorer.score(questionnaire(snapshot), answersOf(snapshot));
  }

  /** The required, visible questions still unanswered, in questionnaire order. */
  public List<MissingAnswer> missing(AssessmentSnapshot snapshot) {
    ScoreCard card = scores(snapshot);
    List<MissingAnswer> missing = new ArrayList<>();
    for (Modality modality : questionnaire(snapshot).modalities()) {
      for (Question question : modality.questions()) {
        var score = card.question(question.id());
        if (score.required() && !score.isAnswered()) {
          missing.add(
              new MissingAnswer(modality.id(), modality.title(), question.id(), question.text()));
        }
      }
    }
    return missing;
  }

  /**
   * The answers carried over from an earlier cycle that nobody of the team confirmed or changed
   * yet, in questionnaire order (as {@link MissingAnswer}s: where they are and what they ask).
   */
  public List<MissingAnswer> unconfirmed(AssessmentSnapshot snapshot) {
    List<MissingAnswer> unconfirmed = new ArrayList<>();
    for (Modality modality : questionnaire(snapshot).modalities()) {
      for (Question question : modality.questions()) {
        AnswerView answer = snapshot.answers().get(question.id());
        if (answer != null && answer.isCarried()) {
          unconfirmed.add(
              new MissingAnswer(modality.id(), modality.title(), question.id(), question.text()));
        }
      }
    }
    return unconfirmed;
  }

  /** Every submitted assessment of the cycle, as peers for benchmarks. Callers enforce access. */
  public List<SubmittedAssessment> submitted(int cycle) {
    return group(assessments.submittedAnswers(cycle));
  }

  /** The school's submitted assessments of every cycle, for trends. Callers enforce access. */
  public List<SubmittedAssessment> submittedBy(String schoolCode) {
    return group(assessments.submittedAnswers(schoolCode));
  }

  /** The progress of every assessment of a cycle, for staff tracking. Callers enforce access. */
  public List<AssessmentProgress> progress(int cycle) {
    Map<Long, List<StoredAnswer>> answers =
        assessments.answersOfCycle(cycle).stream()
            .collect(Collectors.groupingBy(a -> a.getAssessment().getId()));
    return assessments.ofCycle(cycle).stream()
        .map(a -> progress(a, answers.getOrDefault(a.getId(), List.of())))
        .toList();
  }

  private AssessmentProgress progress(Assessment assessment, List<StoredAnswer> stored) {
    Questionnaire questionnaire = questionnaire(assessment.getQuestionnaire());
    var answers = StoredAnswers.toAnswers(questionnaire, StoredAnswers.byQuestion(stored));
    return new AssessmentProgress(
        assessment.getSchool().getCode(),
        assessment.getState(),
        assessment.getUpdatedAt(),
        QuestionnaireScorer.score(questionnaire, answers));
  }

  private List<SubmittedAssessment> group(List<StoredAnswer> answers) {
    Map<Assessment, List<StoredAnswer>> byAssessment =
        answers.stream()
            .collect(
                Collectors.groupingBy(
                    StoredAnswer::getAssessment, LinkedHashMap::new, Collectors.toList()));
    List<SubmittedAssessment> submitted = new ArrayList<>();
    byAssessment.forEach((assessment, stored) -> submitted.add(submitted(assessment, stored)));
    return submitted;
  }

  private SubmittedAssessment submitted(Assessment assessment, List<StoredAnswer> stored) {
    Questionnaire questionnaire = questionnaire(assessment.getQuestionnaire());
    var school = assessment.getSchool();
    return new SubmittedAssessment(
        school.getCode(),
        school.getDiscipline().getCode(),
        school.getOwnership(),
        school.getRegion(),
        school.getEnrollment(),
        assessment.getCycle(),
        assessment.getQuestionnaire(),
        StoredAnswers.toAnswers(questionnaire, StoredAnswers.byQuestion(stored)));
  }
}
