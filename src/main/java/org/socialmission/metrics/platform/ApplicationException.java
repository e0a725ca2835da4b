package org.socialmission.metrics.platform;

/**
 * Root of the exceptions this application throws on purpose. Subclasses say what went wrong in
 * words a user can read; the web and API layers turn them into an error page or status code.
 */
public class ApplicationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ApplicationException(String message) {
    super(message);
  }

  public ApplicationException(String message, Throwable cause) {
    super(message, cause);
  }
}
