package org.socialmission.metrics.assessment;

/** Where an assessment stands. Only a submitted assessment is locked against changes. */
public enum AssessmentState {
  NOT_STARTED,
  IN_PROGRESS,
  SUBMITTED;

  /**
   * Whether the results page has something to show for an assessment in this state, so that a link
   * to it is worth offering. Not started covers a school without an assessment of the cycle, whose
   * results page answers "not found", and one whose team opened it without saving an answer, whose
   * page shows nothing but zeros. Any saved answer starts an assessment, and a reopened one stays
   * started.
   */
  public boolean hasResults() {
    return this != NOT_STARTED;
  }
}
