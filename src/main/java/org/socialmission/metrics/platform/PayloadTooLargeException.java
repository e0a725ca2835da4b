package org.socialmission.metrics.platform;

/**
 * A request body longer than the application reads ({@link ApiRequestGuard}). Becomes HTTP 413.
 * Unchecked, so it leaves any reader of the body as it is and reaches the API's error mapping.
 */
public class PayloadTooLargeException extends ApplicationException {

  private static final long serialVersionUID = 1L;

  /** Refused: the body is larger than {@code limit} bytes. */
  public PayloadTooLargeException(long limit) {
    super("api.tooLarge", limit / (1024 * 1024));
  }
}
