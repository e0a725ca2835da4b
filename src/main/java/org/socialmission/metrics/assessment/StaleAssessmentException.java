package org.socialmission.metrics.assessment;

import org.socialmission.metrics.platform.ApplicationException;

/** The writer's version of the assessment is out of date; {@link #current()} is what it is now. */
public class StaleAssessmentException extends ApplicationException {

  private static final long serialVersionUID = 1L;

  private final transient AssessmentSnapshot current;

  public StaleAssessmentException(AssessmentSnapshot current) {
    super("assessment.stale", current.etag());
    this.current = current;
  }

  public AssessmentSnapshot current() {
    return current;
  }
}
