package org.socialmission.metrics.assessment;

import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.platform.AccessDeniedException;

/**
 * Who may do what with a school's assessment, in one place: the school's team members and dean read
 * and write it; only its dean submits, reopens and assigns modality owners; staff read every
 * school's and change none. Nobody touches another school's. Who sees a school's benchmarks and
 * manages its team is {@link SignedInUser#leads}.
 *
 * <p>Plain Java; {@code AccessMatrixTest} spells out the whole table.
 */
public final class AssessmentAccess {

  /** What a user does with an assessment. */
  public enum Action {
    READ,
    WRITE,
    SUBMIT,
    REOPEN,
    ASSIGN_OWNERS
  }

  private AssessmentAccess() {}

  /** Whether the user may do this with the school's assessment. */
  public static boolean allows(SignedInUser user, String schoolCode, Action action) {
    if (!user.scope().permits(schoolCode)) {
      return false;
    }
    return switch (action) {
      case READ -> true;
      case WRITE -> !user.isStaff() && schoolCode.equals(user.schoolCode());
      case SUBMIT, REOPEN, ASSIGN_OWNERS -> user.isDeanOf(schoolCode);
    };
  }

  /**
   * Refuses what {@link #allows} does not allow.
   *
   * @throws AccessDeniedException saying who may; about another school only that it is not the
   *     user's, so a refusal never tells whether that school exists
   */
  public static void require(SignedInUser user, String schoolCode, Action action) {
    if (!user.scope().permits(schoolCode)) {
      throw new AccessDeniedException("access.otherSchoolAssessment");
    }
    if (!allows(user, schoolCode, action)) {
      throw new AccessDeniedException(
          action == Action.WRITE ? "access.teamWritesOnly" : "access.deanOnly");
    }
  }
}
