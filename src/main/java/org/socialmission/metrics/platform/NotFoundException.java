package org.socialmission.metrics.platform;

/** What the user asked for does not exist. Becomes HTTP 404 on pages and in the API. */
public class NotFoundException extends ApplicationException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
