package org.socialmission.metrics.platform;

/**
 * The signed-in user may not see or change what they asked for, typically another school's data.
 * Becomes HTTP 403 on pages and in the API. The message never names the other school.
 */
public class AccessDeniedException extends ApplicationException {

  private static final long serialVersionUID = 1L;

  /** Refused with the message of this key and these arguments. */
  public AccessDeniedException(String key, Object... arguments) {
    super(key, arguments);
  }
}
