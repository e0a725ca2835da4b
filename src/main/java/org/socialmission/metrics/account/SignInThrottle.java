package org.socialmission.metrics.account;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Slows down guessing: the first {@code freeAttempts} failures cost nothing; each further failure
 * refuses attempts for twice as long as the one before, starting at {@code firstLock} and never
 * longer than {@code longestLock}. Failures older than {@code memory} no longer count.
 *
 * <p>Two throttles apply to every sign-in, both keyed by the client's address, never by the account
 * alone: {@link #PER_ACCOUNT_AND_CLIENT} stops a guesser working on one account, and {@link
 * #PER_CLIENT} one trying many accounts. Whoever knows an email can therefore lock out only
 * themselves: the owner, signing in from another address, still gets in.
 *
 * <p>Locking refuses attempts for a while instead of making the request sleep, so a guesser cannot
 * tie up server threads.
 */
public record SignInThrottle(
    int freeAttempts, Duration firstLock, Duration longestLock, Duration memory) {

  /**
   * One account from one client address: three free failures, then 2 s, 4 s, 8 s … up to 15
   * minutes; a successful sign-in from that address forgets them, a day forgets them too.
   */
  public static final SignInThrottle PER_ACCOUNT_AND_CLIENT =
      new SignInThrottle(3, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofDays(1));

  /**
   * One client address, whatever accounts it tries: 30 free failures within an hour (a school
   * behind one address has many people), then 2 s, 4 s … up to 15 minutes.
   */
  public static final SignInThrottle PER_CLIENT =
      new SignInThrottle(30, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1));

  public SignInThrottle {
    if (freeAttempts < 1
        || firstLock.isNegative()
        || firstLock.compareTo(longestLock) > 0
        || memory.compareTo(longestLock) < 0) {
      throw new IllegalArgumentException(
          "Inconsistent sign-in throttle " + firstLock + ".." + longestLock + " over " + memory);
    }
  }

  /**
   * Until when attempts are refused after this many failures, the last one at {@code lastFailure}.
   *
   * @return the end of the lock, or empty while failures are still free
   */
  public Optional<LocalDateTime> lockedUntil(long failures, LocalDateTime lastFailure) {
    long beyondFree = failures - freeAttempts;
    if (beyondFree <= 0) {
      return Optional.empty();
    }
    long doublings = Math.min(beyondFree - 1, 30);
    Duration lock = firstLock.multipliedBy(1L << doublings);
    return Optional.of(lastFailure.plus(lock.compareTo(longestLock) > 0 ? longestLock : lock));
  }

  /** Whether an attempt at {@code now} is refused, whatever its password. */
  public boolean refuses(FailureCount failures, LocalDateTime now) {
    return failures.last() != null
        && lockedUntil(failures.count(), failures.last()).map(now::isBefore).orElse(false);
  }

  /** Whether one more failure after these is the one that starts the first lock. */
  public boolean locksAfterOneMore(FailureCount failures) {
    return failures.count() + 1 == freeAttempts + 1L;
  }

  /** The oldest failure that still counts at {@code now}. */
  public LocalDateTime countsSince(LocalDateTime now) {
    return now.minus(memory);
  }
}
