package org.socialmission.metrics.assessment;

import org.socialmission.metrics.platform.ApplicationException;

/** A value does not fit its question; the message says in plain words what would. */
public class InvalidAnswerException extends ApplicationException {

  private static final long serialVersionUID = 1L;

  private final String questionId;

  /**
   * Refused with the message of this key and these arguments.
   *
   * @param questionId the question whose value is refused, or null when the refusal names none
   */
  public InvalidAnswerException(String questionId, String key, Object... arguments) {
    super(key, arguments);
    this.questionId = questionId;
  }

  public String questionId() {
    return questionId;
  }
}
