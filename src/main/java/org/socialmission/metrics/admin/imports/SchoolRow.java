package org.socialmission.metrics.admin.imports;

import java.util.Objects;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * One valid row of a school import, ready to become a school.
 *
 * <p>Invariants (checked by {@link SchoolCsvReader}): the code is its discipline's prefix, a dash
 * and at least four digits; the discipline is one of the known codes, written as known; the name is
 * not blank; enrollment is not negative.
 *
 * @param line the physical line of the file it came from, for messages when storing it fails
 */
public record SchoolRow(
    int line,
    String code,
    String name,
    String discipline,
    Ownership ownership,
    Region region,
    int enrollment) {

  /** Requires every part and an enrollment of 0 or more. */
  public SchoolRow {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(discipline, "discipline");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(region, "region");
    if (enrollment < 0) {
      throw new IllegalArgumentException("enrollment must not be negative: " + enrollment);
    }
  }
}
