package org.socialmission.metrics.platform;

import java.util.Locale;

/**
 * Root of the exceptions this application throws on purpose. Each carries a {@link Message}: a key
 * of the bundle with its arguments, which the page or API that reports it resolves in the reader's
 * locale ({@link #getMessage(Locale)}); {@link #getMessage()} is the English text, for logs and
 * tests. Throw it as
 *
 * <pre>{@code
 * throw new AssessmentLockedException("assessment.cycleClosed", cycle);
 * }</pre>
 *
 * <p>with {@code assessment.cycleClosed=The {0} cycle is closed; …} in {@code
 * i18n/messages.properties}. The web and API layers turn them into an error page, a message or a
 * status code.
 */
public class ApplicationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Message text;

  /** A refusal with the message of this key and these arguments. */
  public ApplicationException(String key, Object... arguments) {
    this(Message.of(key, arguments));
  }

  /** A refusal with this message. */
  public ApplicationException(Message text) {
    super(text.english());
    this.text = text;
  }

  /** The message as key and arguments, to resolve elsewhere or to pass on. */
  public Message text() {
    return text;
  }

  /** The message in this locale; English where the bundle has no translation. */
  public String getMessage(Locale locale) {
    return text.in(locale);
  }
}
