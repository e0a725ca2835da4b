package org.socialmission.metrics.assessment;

import org.socialmission.metrics.account.SignedInUser;
import org.socialmission.metrics.platform.AccessDeniedException;

/**
 * Who may do what with a school's assessment: its team members and dean read and write it, only its
 * dean submits, reopens and assigns owners, staff read every school's. Nobody touches another
 * school's. Who sees a school's benchmarks and manages its team is {@link SignedInUser#leads}.
 */
public final class AssessmentAccess {

  private AssessmentAccess() {}

  public static void requireRead(SignedInUser user, String schoolCode) {
    if (!user.scope().permits(schoolCode)) {
      throw new AccessDeniedException("This school's assessment is not yours to see.");
    }
  }

  public static boolean canWrite(SignedInUser user, String schoolCode) {
    return !user.isStaff() && schoolCode.equals(user.schoolCode());
  }

  public static void requireWrite(SignedInUser user, String schoolCode) {
    requireRead(user, schoolCode);
    if (!canWrite(user, schoolCode)) {
      throw new AccessDeniedException("Only the school's own team can change its answers.");
    }
  }

  public static void requireDean(SignedInUser user, String schoolCode) {
    requireRead(user, schoolCode);
    if (!user.isDeanOf(schoolCode)) {
      throw new AccessDeniedException("Only the school's dean can do this.");
    }
  }
}
