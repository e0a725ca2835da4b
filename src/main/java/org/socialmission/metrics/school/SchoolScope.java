package org.socialmission.metrics.school;

/**
 * Which schools a signed-in user may see: all of them (staff) or exactly their own.
 *
 * @param ownSchoolCode the one visible school; null when {@code all}
 */
public record SchoolScope(boolean all, String ownSchoolCode) {

  public SchoolScope {
    if (all == (ownSchoolCode != null)) {
      throw new IllegalArgumentException("A scope is either all schools or exactly one school");
    }
  }

  public static SchoolScope allSchools() {
    return new SchoolScope(true, null);
  }

  public static SchoolScope onlySchool(String code) {
    return new SchoolScope(false, code);
  }

  /** Whether the school with this code is visible; unknown codes are judged the same way. */
  public boolean permits(String schoolCode) {
    return all || ownSchoolCode.equals(schoolCode);
  }
}
