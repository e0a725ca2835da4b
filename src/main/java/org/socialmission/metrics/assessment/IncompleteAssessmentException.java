package org.socialmission.metrics.assessment;

import java.util.List;
import org.socialmission.metrics.platform.ApplicationException;

/** Submission refused: required questions are still unanswered. */
public class IncompleteAssessmentException extends ApplicationException {

  private static final long serialVersionUID = 1L;

  private final transient List<MissingAnswer> missing;

  public IncompleteAssessmentException(List<MissingAnswer> missing) {
    super("assessment.incomplete", missing.size());
    this.missing = List.copyOf(missing);
  }

  public List<MissingAnswer> missing() {
    return missing;
  }
}
