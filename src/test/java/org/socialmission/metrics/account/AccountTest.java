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
  void aResetPasswordMustBeChangedAndEndsTheSessions() {
    var account = new Account("a@x.org", "A", "h", Role.TEAM_MEMBER, SCHOOL, NOW);
    int epoch = account.getSessionEpoch();
    account.resetPassword("temporary-hash");
    assertTrue(account.mustChangePassword());
    assertEquals(epoch + 1, account.getSessionEpoch());
    account.changePassword("own-hash");
    assertFalse(account.mustChangePassword());
    assertEquals(epoch + 2, account.getSessionEpoch(), "the owner's other sessions end too");
  }

  @Test
  void aNewAccountWithATemporaryPasswordMustChangeIt() {
    var account = new Account("a@x.org", "A", "h", Role.DEAN, SCHOOL, NOW);
    assertFalse(account.mustChangePassword(), "a password its owner chose, as in the demo data");
    account.requirePasswordChange();
    assertTrue(account.mustChangePassword());
  }

  @Test
  void deactivationEndsTheSessionsOnceAndReactivationDoesNotRestoreThem() {
    var account = new Account("a@x.org", "A", "h", Role.DEAN, SCHOOL, NOW);
    account.setActive(false);
    account.setActive(false);
    assertEquals(1, account.getSessionEpoch());
    account.setActive(true);
    assertEquals(1, account.getSessionEpoch());
    assertTrue(account.isActive());
  }
}
