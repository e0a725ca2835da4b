package org.socialmission.metrics.assessment;

import java.util.List;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.Message;

/** Some answers of a batch are bad; nothing of the batch was stored. One error per bad entry. */
public class AnswerValidationException extends ApplicationException {

  private static final long serialVersionUID = 1L;

  /** What is wrong with one entry: its question (null when it names none) and the message. */
  public record AnswerError(String question, Message message) {}

  private final transient List<AnswerError> errors;

  public AnswerValidationException(List<AnswerError> errors) {
    super("assessment.answersInvalid", errors.size());
    this.errors = List.copyOf(errors);
  }

  public List<AnswerError> errors() {
    return errors;
  }
}
