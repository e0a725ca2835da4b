package org.socialmission.metrics.account;

import java.io.Serializable;
import java.util.Optional;
import org.socialmission.metrics.school.SchoolScope;

/**
 * A snapshot of the signed-in account for one request: enough to decide access and to show who is
 * signed in, without holding an entity. Holds the access rules that need nothing above the account
 * feature (which schools the user sees, whom they lead, whose accounts they manage); {@code
 * assessment.AssessmentAccess} builds the assessment's rules on them.
 *
 * @param schoolCode the school's code; null for staff
 */
public record SignedInUser(
    long accountId, String email, String displayName, Role role, Long schoolId, String schoolCode)
    implements Serializable {

  static SignedInUser of(Account account) {
    return new SignedInUser(
        account.getId(),
        account.getEmail(),
        account.getDisplayName(),
        account.getRole(),
        account.getSchool().map(s -> s.getId()).orElse(null),
        account.getSchool().map(s -> s.getCode()).orElse(null));
  }

  /** The code of the user's own school; empty for staff. */
  public Optional<String> school() {
    return Optional.ofNullable(schoolCode);
  }

  /** The schools this user may see. */
  public SchoolScope scope() {
    return isStaff() ? SchoolScope.allSchools() : SchoolScope.onlySchool(schoolCode);
  }

  public boolean isStaff() {
    return role == Role.STAFF;
  }

  /** Whether the user is the dean of this school. */
  public boolean isDeanOf(String code) {
    return role == Role.DEAN && code != null && code.equals(schoolCode);
  }

  /**
   * Whether the user leads this school: its dean, or staff, who lead every school. Leaders see the
   * school's benchmarks and manage its team; the one home of the rule "dean of this school or
   * staff".
   */
  public boolean leads(String code) {
    return isStaff() || isDeanOf(code);
  }

  /**
   * Whether the user may create, deactivate or reset an account of this role at this school: staff
   * any account, a dean only the team members of their own school.
   *
   * @param code the account's school; null for a staff account
   */
  public boolean mayManageAccount(String code, Role accountRole) {
    return isStaff() || (accountRole == Role.TEAM_MEMBER && isDeanOf(code));
  }
}
