package org.socialmission.metrics.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.school.Discipline;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.school.School;

class AccountTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 12, 0);
  private static final School SCHOOL =
      new School(
          "MED-0007",
          "Test School",
          new Discipline("medicine", "Medicine", "MED"),
          Ownership.PUBLIC,
          Region.SOUTH,
          100);

  @Test
  void teamMembersAndDeansNeedASchoolAndStaffHaveNone() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Account("a@x.org", "A", "h", Role.DEAN, null, NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Account("a@x.org", "A", "h", Role.TEAM_MEMBER, null, NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Account("a@x.org", "A", "h", Role.STAFF, SCHOOL, NOW));
    assertTrue(new Account("a@x.org", "A", "h", Role.STAFF, null, NOW).getSchool().isEmpty());
  }

  @Test
  void emailIsStoredTrimmedAndLowerCase() {
    assertEquals(
        "ana@med.example.edu",
        new Account("  Ana@Med.Example.EDU ", "Ana", "h", Role.DEAN, SCHOOL, NOW).getEmail());
  }

  @Test
  void failuresLockPerThrottleAndASuccessfulSignInUnlocks() {
    var account = new Account("a@x.org", "A", "h", Role.DEAN, SCHOOL, NOW);
    for (int i = 0; i < 4; i++) {
      account.recordFailedSignIn(SignInThrottle.DEFAULT, NOW);
    }
    assertTrue(account.isLockedAt(NOW.plusSeconds(1)));
    assertFalse(account.isLockedAt(NOW.plusSeconds(2)));
    account.recordSignIn(NOW.plusSeconds(3));
    assertEquals(0, account.getFailedSignIns());
    assertEquals(NOW.plusSeconds(3), account.getLastSignInAt().orElseThrow());
  }

  @Test
  void aPasswordResetLiftsTheLock() {
    var account = new Account("a@x.org", "A", "h", Role.TEAM_MEMBER, SCHOOL, NOW);
    for (int i = 0; i < 10; i++) {
      account.recordFailedSignIn(SignInThrottle.DEFAULT, NOW);
    }
    assertTrue(account.isLockedAt(NOW.plusMinutes(2)), "10 failures lock for 128 s");
    account.changePasswordHash("new-hash");
    assertFalse(account.isLockedAt(NOW));
    assertEquals(0, account.getFailedSignIns());
  }
}
