package org.socialmission.metrics.admin;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.socialmission.metrics.assessment.AssessmentState;

/**
 * One school in the completion table of a cycle.
 *
 * @param modalityPercents share of required questions answered per modality, in questionnaire order
 * @param lastActivity the last change of the assessment; null when not started
 */
public record CompletionRow(
    String code,
    String name,
    String discipline,
    AssessmentState state,
    List<Integer> modalityPercents,
    int percent,
    LocalDateTime lastActivity)
    implements Serializable {

  /** One modality's share, 0–100; the table's column n. */
  public int modality(int index) {
    return modalityPercents.get(index);
  }

  /**
   * Whether the school's results page has something to show, so that its code links there; decided
   * by the state alone, so that a page of the table costs no further query.
   */
  public boolean hasResults() {
    return state.hasResults();
  }
}
