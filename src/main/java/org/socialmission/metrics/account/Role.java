package org.socialmission.metrics.account;

/**
 * What an account may do. The names double as Jakarta Security groups and roles, so {@link Names}
 * holds them as constants for annotations such as {@code @RolesAllowed}.
 */
public enum Role {
  /** Fills in the self-assessment of their own school. */
  TEAM_MEMBER,
  /** Leads their school's assessment: checks, submits, sees scores and benchmarks. */
  DEAN,
  /** Runs the initiative across all schools. */
  STAFF;

  /** Whether accounts with this role belong to one school. */
  public boolean belongsToSchool() {
    return this != STAFF;
  }

  /** Role names as compile-time constants. */
  public static final class Names {
    public static final String TEAM_MEMBER = "TEAM_MEMBER";
    public static final String DEAN = "DEAN";
    public static final String STAFF = "STAFF";

    private Names() {}
  }
}
