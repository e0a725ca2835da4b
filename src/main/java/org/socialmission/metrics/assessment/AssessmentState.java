package org.socialmission.metrics.assessment;

/** Where an assessment stands. Only a submitted assessment is locked against changes. */
public enum AssessmentState {
  NOT_STARTED,
  IN_PROGRESS,
  SUBMITTED
}
