package org.socialmission.metrics.questionnaire;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.socialmission.metrics.platform.ApplicationException;

/**
 * The one exception of the questionnaire and scoring features: questionnaire files that do not
 * load, or a caller that breaks a documented rule (an answer of the wrong kind, an unknown
 * question).
 *
 * <p>When it comes from files, {@link #errors()} holds every located error and the message lists
 * them all under its heading, one {@code file:line: message} per line, so an application can refuse
 * to start with one readable block. The located errors are written for the authors of the files and
 * stay in English; only the heading comes from the bundle.
 */
public final class QuestionnaireException extends ApplicationException {

  private static final long serialVersionUID = 1L;

  private final transient List<QuestionnaireError> errors;

  /** An exception about a single rule broken by a caller; it has no located errors. */
  public QuestionnaireException(String key, Object... arguments) {
    super(key, arguments);
    this.errors = List.of();
  }

  /**
   * An exception listing every error found in the questionnaire files, under the heading of this
   * key and these arguments.
   */
  public QuestionnaireException(List<QuestionnaireError> errors, String key, Object... arguments) {
    super(key, arguments);
    this.errors = List.copyOf(errors);
  }

  /** The located errors, in file and line order; empty when the exception is not about files. */
  public List<QuestionnaireError> errors() {
    return errors;
  }

  @Override
  public String getMessage() {
    return super.getMessage() + block();
  }

  @Override
  public String getMessage(Locale locale) {
    return super.getMessage(locale) + block();
  }

  private String block() {
    return errors.stream()
        .map(error -> System.lineSeparator() + "  " + error)
        .collect(Collectors.joining());
  }
}
