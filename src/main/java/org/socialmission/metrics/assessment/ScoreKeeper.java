package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.scoring.DataQuality;
import org.socialmission.metrics.scoring.QuestionnaireScorer;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * Keeps every assessment's {@link AssessmentScore} in step with its answers and state: the writers
 * of this package call it in their own transaction after each change (save, batch save, submit,
 * reopen, import, creation), so the stored row and the answers commit together or not at all, on
 * whichever instance. Submitting, reopening and importing also move the cycle's score version on,
 * which is what figures kept from submitted scores (the dashboard) check. At start-up, {@link
 * #backfillBatch} scores assessments stored before scores were kept.
 */
@ApplicationScoped
public class ScoreKeeper {

  private static final Logger LOG = Logger.getLogger(ScoreKeeper.class.getName());

  /** How many assessments {@link #backfillBatch} scores at most. */
  public static final int BATCH = 50;

  @Inject private AssessmentRepository assessments;
  @Inject private ScoreRepository scores;
  @Inject private AssessmentQueries queries;

  /** Scores the assessment's stored answers again and stores the result. */
  void rescore(Assessment assessment) {
    Questionnaire questionnaire = queries.questionnaire(assessment.getQuestionnaire());
    Map<String, AnswerView> views = StoredAnswers.byQuestion(assessments.answers(assessment));
    Map<String, DataQuality> marks = new HashMap<>();
    views.values().forEach(v -> v.provenance().mark().ifPresent(m -> marks.put(v.questionId(), m)));
    ScoreCard card =
        QuestionnaireScorer.score(questionnaire, StoredAnswers.toAnswers(questionnaire, views));
    var stored = scores.find(assessment.getId());
    if (stored.isPresent()) {
      stored.get().record(card, assessment.getRevision(), marks);
    } else {
      record(new AssessmentScore(assessment), card, assessment, marks);
    }
  }

  /**
   * Stores the scores of an assessment added in this transaction (no row to look for), whose
   * answers carry no data-quality marks (new, or imported).
   */
  void recordNew(Assessment assessment, ScoreCard card) {
    record(new AssessmentScore(assessment), card, assessment, Map.of());
  }

  private void record(
      AssessmentScore score,
      ScoreCard card,
      Assessment assessment,
      Map<String, DataQuality> marks) {
    score.record(card, assessment.getRevision(), marks);
    scores.add(score);
  }

  /**
   * Schools' attributes (ownership, region, enrollment) changed: figures grouped by them no longer
   * hold in any cycle. Called in the transaction that changed them.
   */
  public void schoolsChanged() {
    scores.touchAll();
  }

  /** The set of submitted scores of the cycle changed (submit, reopen, import). */
  void submittedChanged(int cycle) {
    scores.touch(cycle);
  }

  /**
   * Scores up to {@link #BATCH} assessments whose stored scores are missing or behind their
   * revision, in a transaction of its own; start-up calls it until it returns less than a batch.
   *
   * @return how many were scored
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int backfillBatch() {
    List<Long> ids = scores.unscored(BATCH);
    for (Long id : ids) {
      rescore(assessments.reference(Assessment.class, id));
    }
    if (!ids.isEmpty()) {
      LOG.info("Stored the scores of " + ids.size() + " assessments kept without them.");
    }
    return ids.size();
  }
}
