package org.socialmission.metrics.account;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Slows down guessing of one account's password: the first {@code freeAttempts} failures in a row
 * cost nothing; each further failure locks the account for twice as long as the one before,
 * starting at {@code firstLock} and never longer than {@code longestLock}. A successful sign-in
 * resets the count.
 *
 * <p>Locking refuses attempts for a while instead of making the request sleep, so a guesser cannot
 * tie up server threads.
 */
public record SignInThrottle(int freeAttempts, Duration firstLock, Duration longestLock) {

  /** The policy in force: three free failures, then 2 s, 4 s, 8 s … up to 15 minutes. */
  public static final SignInThrottle DEFAULT =
      new SignInThrottle(3, Duration.ofSeconds(2), Duration.ofMinutes(15));

  public SignInThrottle {
    if (freeAttempts < 1 || firstLock.isNegative() || firstLock.compareTo(longestLock) > 0) {
      throw new IllegalArgumentException(
          "Inconsistent sign-in throttle " + firstLock + ".." + longestLock);
    }
  }

  /**
   * Until when an account is locked after this many failures in a row.
   *
   * @return the end of the lock, or empty while failures are still free
   */
  public Optional<LocalDateTime> lockedUntil(int failuresInARow, LocalDateTime now) {
    int beyondFree = failuresInARow - freeAttempts;
    if (beyondFree <= 0) {
      return Optional.empty();
    }
    int doublings = Math.min(beyondFree - 1, 30);
    Duration lock = firstLock.multipliedBy(1L << doublings);
    return Optional.of(now.plus(lock.compareTo(longestLock) > 0 ? longestLock : lock));
  }
}
