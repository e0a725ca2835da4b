package org.socialmission.metrics.assessment;

import org.socialmission.metrics.platform.ApplicationException;

/**
 * A cycle was to be opened or reopened while another one is open: one cycle is open at a time, so
 * that "the cycle schools work on" is never ambiguous. The message names the open cycle (HTTP 409).
 */
public class OtherCycleOpenException extends ApplicationException {

  private static final long serialVersionUID = 1L;

  private OtherCycleOpenException(String key, int open, int wanted) {
    super(key, open, wanted);
  }

  /** Refuses opening the {@code wanted} cycle while the {@code open} one is open. */
  public static OtherCycleOpenException opening(int open, int wanted) {
    return new OtherCycleOpenException("cycle.otherOpen", open, wanted);
  }

  /** Refuses reopening the closed {@code wanted} cycle while the {@code open} one is open. */
  public static OtherCycleOpenException reopening(int open, int wanted) {
    return new OtherCycleOpenException("cycle.otherOpenReopen", open, wanted);
  }
}
