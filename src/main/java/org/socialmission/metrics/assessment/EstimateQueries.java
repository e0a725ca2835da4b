package org.socialmission.metrics.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Which schools lean on estimates, from what is stored with their scores ({@link ScoreKeeper}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EstimateQueries {

  @Inject private ScoreRepository scores;

  /**
   * The schools of the cycle and discipline with an answer marked estimate, the largest share of
   * points on estimates first, then by code; at most {@code max}.
   */
  public List<SchoolEstimates> leaningOnEstimates(int cycle, String discipline, int max) {
    return scores.leaningOnEstimates(cycle, discipline, max);
  }
}
