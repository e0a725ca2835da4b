package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireKey;
import org.socialmission.metrics.questionnaire.runtime.QuestionnaireLibrary;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.QuestionnaireScorer;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * What pages and other features read about assessments: the questionnaire an assessment is on, the
 * scores and missing answers of a snapshot, the submitted assessments of a cycle for releases and
 * research exports, and what is read from stored scores: completion a page at a time, and the
 * submitted scores of a cycle or a school for the dashboard and trends. Nothing here changes data
 * or checks access: the snapshot methods work on what {@link AssessmentService} already let the
 * user read, and the callers of the cycle-wide methods enforce access themselves.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssessmentQueries {

  private static final int CHUNK = 500;

  @Inject private AssessmentRepository assessments;
  @Inject private QuestionnaireLibrary library;
  @Inject private ScoreRepository scores;

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
    List<SubmittedAssessment> all = new ArrayList<>();
    forEachSubmitted(cycle, all::add);
    return all;
  }

  /**
   * Hands every submitted assessment of the cycle to {@code each}, in school code order, reading a
   * few hundred at a time as plain values (no entities), so that a cycle of any size passes through
   * bounded memory (releases, research exports). Callers enforce access.
   */
  public void forEachSubmitted(int cycle, Consumer<SubmittedAssessment> each) {
    List<Object[]> heads = assessments.submittedHeads(cycle);
    for (int from = 0; from < heads.size(); from += CHUNK) {
      List<Object[]> chunk = heads.subList(from, Math.min(heads.size(), from + CHUNK));
      Map<Long, Map<String, AnswerView>> answers =
          assessments.answerViews(chunk.stream().map(h -> ((Number) h[0]).longValue()).toList());
      for (Object[] h : chunk) {
        var key = new QuestionnaireKey((String) h[6], ((Number) h[7]).intValue());
        each.accept(
            new SubmittedAssessment(
                (String) h[1],
                (String) h[2],
                (Ownership) h[3],
                (Region) h[4],
                ((Number) h[5]).intValue(),
                cycle,
                key,
                StoredAnswers.toAnswers(
                    questionnaire(key),
                    answers.getOrDefault(((Number) h[0]).longValue(), Map.of()))));
      }
    }
  }

  /** The school's submitted assessments of every cycle, for trends. Callers enforce access. */
  public List<SubmittedAssessment> submittedBy(String schoolCode) {
    return group(assessments.submittedAnswers(schoolCode));
  }

  /** The state of the school's assessment of the cycle; none before its team opens it. */
  public Optional<AssessmentState> state(String schoolCode, int cycle) {
    return assessments.find(schoolCode, cycle).map(Assessment::getState);
  }

  /** One page of the completion table of a cycle, from stored scores. Callers enforce access. */
  public List<ProgressRow> progress(ProgressQuery query) {
    return scores.progress(query);
  }

  /** How many schools a completion query finds. Callers enforce access. */
  public long count(ProgressQuery query) {
    return scores.count(query);
  }

  /** How many schools are in each state in the cycle. Callers enforce access. */
  public Map<AssessmentState, Long> countByState(int cycle) {
    return scores.countByState(cycle);
  }

  /**
   * The stored scores of the cycle's submitted assessments of one discipline (null: every one), by
   * school code. Callers enforce access.
   */
  public List<StoredScores> submittedScores(int cycle, String discipline) {
    return scores.submitted(cycle, discipline);
  }

  /**
   * The stored scores of a school's submitted assessments, oldest first. Callers enforce access.
   */
  public List<StoredScores> submittedScoresBy(String schoolCode) {
    return scores.submittedBy(schoolCode);
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
