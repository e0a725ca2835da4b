package org.socialmission.metrics.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The throttle policies of sign-in: how long each count of failures refuses attempts. */
class SignInThrottleTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 12, 0);

  @ParameterizedTest(name = "{0} failures lock for {1} s")
  @CsvSource({
    "1, 0",
    "3, 0",
    "4, 2",
    "5, 4",
    "6, 8",
    "12, 512",
    "13, 900",
    "40, 900",
    "2000000000, 900"
  })
  void locksTwiceAsLongAfterEachFailureBeyondTheFreeOnes(int failures, long seconds) {
    Optional<LocalDateTime> until =
        SignInThrottle.PER_ACCOUNT_AND_CLIENT.lockedUntil(failures, NOW);
    assertEquals(seconds == 0 ? Optional.empty() : Optional.of(NOW.plusSeconds(seconds)), until);
  }

  @ParameterizedTest(name = "with one free failure, {0} failures lock for {1} s")
  @CsvSource({"0, 0", "1, 0", "2, 1", "3, 2", "4, 4", "5, 5", "6, 5"})
  void anotherPolicyDoublesFromItsOwnFirstLockUpToItsOwnLongest(int failures, long seconds) {
    var strict =
        new SignInThrottle(1, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofHours(1));
    Optional<LocalDateTime> until = strict.lockedUntil(failures, NOW);
    assertEquals(seconds == 0 ? Optional.empty() : Optional.of(NOW.plusSeconds(seconds)), until);
  }

  @Test
  void noFailuresNeverLock() {
    assertEquals(Optional.empty(), SignInThrottle.PER_ACCOUNT_AND_CLIENT.lockedUntil(0, NOW));
    assertEquals(Optional.empty(), SignInThrottle.PER_ACCOUNT_AND_CLIENT.lockedUntil(-1, NOW));
  }

  @Test
  void theLockRunsFromTheFailureNotFromSomeFixedClock() {
    LocalDateTime later = NOW.plusDays(3);
    assertEquals(
        Optional.of(later.plusSeconds(2)),
        SignInThrottle.PER_ACCOUNT_AND_CLIENT.lockedUntil(4, later));
  }

  @Test
  void refusesAttemptsOnlyUntilTheLockEnds() {
    var throttle = SignInThrottle.PER_ACCOUNT_AND_CLIENT;
    var four = new FailureCount(4, NOW);
    assertTrue(throttle.refuses(four, NOW.plusSeconds(1)));
    assertFalse(throttle.refuses(four, NOW.plusSeconds(2)), "2 s after the fourth failure");
    assertFalse(throttle.refuses(new FailureCount(3, NOW), NOW), "three failures are free");
    assertFalse(throttle.refuses(FailureCount.NONE, NOW));
  }

  @Test
  void theFailureThatStartsTheFirstLockIsTheOneAfterTheFreeOnes() {
    var throttle = SignInThrottle.PER_ACCOUNT_AND_CLIENT;
    assertFalse(throttle.locksAfterOneMore(new FailureCount(2, NOW)));
    assertTrue(throttle.locksAfterOneMore(new FailureCount(3, NOW)));
    assertFalse(throttle.locksAfterOneMore(new FailureCount(4, NOW)), "only the first lock");
  }

  @Test
  void aClientGetsMoreFreeFailuresOverAllAccountsButOnlyWithinAnHour() {
    var client = SignInThrottle.PER_CLIENT;
    assertFalse(client.refuses(new FailureCount(30, NOW), NOW));
    assertTrue(client.refuses(new FailureCount(31, NOW), NOW.plusSeconds(1)));
    assertEquals(NOW.minusHours(1), client.countsSince(NOW));
    assertEquals(NOW.minusDays(1), SignInThrottle.PER_ACCOUNT_AND_CLIENT.countsSince(NOW));
  }

  @Test
  void refusesAPolicyThatForgetsFailuresBeforeItsLongestLockEnds() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SignInThrottle(
                3, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofMinutes(10)));
  }

  @Test
  void refusesAPolicyWhoseFirstLockIsLongerThanTheLongest() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SignInThrottle(
                3, Duration.ofMinutes(20), Duration.ofMinutes(15), Duration.ofDays(1)));
  }

  @Test
  void refusesAPolicyWithoutAFreeAttemptOrWithANegativeLock() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SignInThrottle(
                0, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofDays(1)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SignInThrottle(
                3, Duration.ofSeconds(-2), Duration.ofMinutes(15), Duration.ofDays(1)));
  }
}
