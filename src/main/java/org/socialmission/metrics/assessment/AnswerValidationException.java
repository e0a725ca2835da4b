package org.socialmission.metrics.assessment;

import java.util.List;
import org.socialmission.metrics.platform.ApplicationException;

/** Some answers of a batch are bad; nothing of the batch was stored. One error per bad entry. */
public class AnswerValidationException extends ApplicationException {

  private static final long serialVersionUID = 1L;

  /** What is wrong with one entry. */
  public record AnswerError(String question, String message) {}

  private final transient List<AnswerError> errors;

  public AnswerValidationException(List<AnswerError> errors) {
    super(errors.size() + " answer(s) are not valid; nothing was saved.");
    this.errors = List.copyOf(errors);
  }

  public List<AnswerError> errors() {
    return errors;
  }
}
