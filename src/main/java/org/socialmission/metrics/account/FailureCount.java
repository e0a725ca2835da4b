package org.socialmission.metrics.account;

import java.time.LocalDateTime;

/**
 * How many failed sign-ins the throttle counts for one key, and when the last of them happened.
 *
 * @param last the time of the newest failure; null when there is none
 */
public record FailureCount(long count, LocalDateTime last) {

  /** No failure at all. */
  public static final FailureCount NONE = new FailureCount(0, null);

  static FailureCount of(Object[] countAndLast) {
    long count = countAndLast[0] == null ? 0 : ((Number) countAndLast[0]).longValue();
    return count == 0 ? NONE : new FailureCount(count, (LocalDateTime) countAndLast[1]);
  }
}
