package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.socialmission.metrics.questionnaire.Questionnaire;
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
    var answers =
        StoredAnswers.toAnswers(
            questionnaire, StoredAnswers.byQuestion(assessments.answers(assessment)));
    record(assessment, QuestionnaireScorer.score(questionnaire, answers));
  }

  /** Stores the scores of an assessment whose answers the caller just scored. */
  void record(Assessment assessment, ScoreCard card) {
    var stored = scores.find(assessment.getId());
    if (stored.isPresent()) {
      stored.get().record(card, assessment.getRevision());
    } else {
      recordNew(assessment, card);
    }
  }

  /** Stores the scores of an assessment added in this transaction (no row to look for). */
  void recordNew(Assessment assessment, ScoreCard card) {
    var score = new AssessmentScore(assessment);
    score.record(card, assessment.getRevision());
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
