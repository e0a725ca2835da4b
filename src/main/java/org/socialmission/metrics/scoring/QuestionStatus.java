package org.socialmission.metrics.scoring;

/** How a question counted in a score. */
public enum QuestionStatus {
  /** Answered: its points count, out of its maximum. */
  ANSWERED,
  /** Not answered: 0 points out of its maximum. */
  UNANSWERED,
  /** Answered "not applicable": neither points nor maximum count. */
  NOT_APPLICABLE,
  /** Hidden because its condition is not met: neither points nor maximum count. */
  HIDDEN
}
