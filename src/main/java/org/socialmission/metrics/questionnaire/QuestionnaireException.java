package org.socialmission.metrics.questionnaire;

import java.util.List;
import java.util.stream.Collectors;
import org.socialmission.metrics.platform.ApplicationException;

/**
 * The one exception of the questionnaire and scoring features: questionnaire files that do not
 * load, or a caller that breaks a documented rule (an answer of the wrong kind, an unknown
 * question).
 *
 * <p>When it comes from files, {@link #errors()} holds every located error and the message lists
 * them all, one {@code file:line: message} per line, so an application can refuse to start with one
 * readable block.
 */
public final class QuestionnaireException extends ApplicationException {

  private static final long serialVersionUID = 1L;

  private final transient List<QuestionnaireError> errors;

  /** An exception about a single rule broken by a caller; it has no located errors. */
  public QuestionnaireException(String message) {
    super(message);
    this.errors = List.of();
  }

  /** An exception listing every error found in the questionnaire files, under a heading. */
  public QuestionnaireException(String heading, List<QuestionnaireError> errors) {
    super(
        heading
            + System.lineSeparator()
            + errors.stream()
                .map(error -> "  " + error)
                .collect(Collectors.joining(System.lineSeparator())));
    this.errors = List.copyOf(errors);
  }

  /** The located errors, in file and line order; empty when the exception is not about files. */
  public List<QuestionnaireError> errors() {
    return errors;
  }
}
