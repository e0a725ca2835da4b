package org.socialmission.metrics.account;

import java.io.Serializable;
import java.util.Optional;
import org.socialmission.metrics.school.SchoolScope;

/**
 * A snapshot of the signed-in account for one request: enough to decide access and to show who is
 * signed in, without holding an entity.
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
}
