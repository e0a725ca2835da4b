package org.socialmission.metrics.admin.imports;

import java.util.Objects;
import org.socialmission.metrics.account.Role;

/**
 * One valid row of an account import, ready to become an invited account.
 *
 * <p>Invariants (checked by {@link AccountCsvReader}): the email is a valid address, trimmed and
 * lower-case; the name is not blank; team members and deans have a school code, staff none.
 *
 * @param line the physical line of the file it came from, for messages
 * @param schoolCode the school's code; null for staff
 */
public record AccountRow(int line, String email, String name, Role role, String schoolCode) {

  /** Requires every part, and a school exactly when the role belongs to one. */
  public AccountRow {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    if (role.belongsToSchool() != (schoolCode != null)) {
      throw new IllegalArgumentException(role + " and school " + schoolCode);
    }
  }
}
