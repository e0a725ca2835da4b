package org.socialmission.metrics.assessment;

import org.socialmission.metrics.platform.ApplicationException;

/** A change was asked of an assessment whose state forbids it (submitted, or not submitted yet). */
public class AssessmentLockedException extends ApplicationException {

  private static final long serialVersionUID = 1L;

  /** Refused with the message of this key and these arguments. */
  public AssessmentLockedException(String key, Object... arguments) {
    super(key, arguments);
  }
}
