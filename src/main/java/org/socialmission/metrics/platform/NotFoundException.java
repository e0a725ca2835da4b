package org.socialmission.metrics.platform;

/** What the user asked for does not exist. Becomes HTTP 404 on pages and in the API. */
public class NotFoundException extends ApplicationException {

  private static final long serialVersionUID = 1L;

  /** Refused with the message of this key and these arguments. */
  public NotFoundException(String key, Object... arguments) {
    super(key, arguments);
  }
}
