package org.socialmission.metrics.assessment;

import org.socialmission.metrics.platform.ApplicationException;

/** A value does not fit its question; the message says in plain words what would. */
public class InvalidAnswerException extends ApplicationException {

  private static final long serialVersionUID = 1L;

  private final String questionId;

  public InvalidAnswerException(String questionId, String message) {
    super(message);
    this.questionId = questionId;
  }

  public String questionId() {
    return questionId;
  }
}
