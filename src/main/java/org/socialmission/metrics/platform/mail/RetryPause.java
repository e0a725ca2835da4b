package org.socialmission.metrics.platform.mail;

import java.time.Duration;

/**
 * How long a mail waits after a failed attempt: 10 s after the first, doubling with each further
 * attempt, never more than 30 minutes. An SMTP server back after an outage therefore gets the
 * waiting mail within seconds to half an hour, and a long outage costs a few attempts an hour.
 */
final class RetryPause {

  static final Duration FIRST = Duration.ofSeconds(10);
  static final Duration LONGEST = Duration.ofMinutes(30);

  private RetryPause() {}

  /** The pause after the given number of attempts (1 or more). */
  static Duration after(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 20));
    Duration pause = FIRST.multipliedBy(1L << doublings);
    return pause.compareTo(LONGEST) > 0 ? LONGEST : pause;
  }
}
