package org.socialmission.metrics.admin;

import java.util.List;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * The demo schools and accounts: one school per discipline, each with a dean and two team members,
 * and one staff account. The README lists the same credentials; keep them in step.
 */
public final class DemoData {

  /** Password of every demo account of a role. */
  public static final String STAFF_PASSWORD = "demo-staff-2026";

  public static final String DEAN_PASSWORD = "demo-dean-2026";
  public static final String TEAM_PASSWORD = "demo-team-2026";

  /** A demo school. */
  public record DemoSchool(
      String code,
      String name,
      String discipline,
      Ownership ownership,
      Region region,
      int enrollment) {}

  /** A demo account; {@code schoolCode} is null for staff. */
  public record DemoAccount(String email, String name, Role role, String schoolCode) {

    public String password() {
      return switch (role) {
        case STAFF -> STAFF_PASSWORD;
        case DEAN -> DEAN_PASSWORD;
        case TEAM_MEMBER -> TEAM_PASSWORD;
      };
    }
  }

  public static final List<DemoSchool> SCHOOLS =
      List.of(
          new DemoSchool(
              "MED-0001",
              "Riverbend School of Medicine",
              "medicine",
              Ownership.PUBLIC,
              Region.MIDWEST,
              640),
          new DemoSchool(
              "NUR-0001",
              "Lakeshore College of Nursing",
              "nursing",
              Ownership.PRIVATE,
              Region.NORTHEAST,
              910),
          new DemoSchool(
              "DEN-0001",
              "High Plains School of Dentistry",
              "dentistry",
              Ownership.PUBLIC,
              Region.WEST,
              380));

  public static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("staff@smm.example.org", "Sam Okafor", Role.STAFF, null),
          new DemoAccount("dean@med.example.edu", "Dr. Maria Alvarez", Role.DEAN, "MED-0001"),
          new DemoAccount("ana@med.example.edu", "Ana Lindqvist", Role.TEAM_MEMBER, "MED-0001"),
          new DemoAccount("ben@med.example.edu", "Ben Tshabalala", Role.TEAM_MEMBER, "MED-0001"),
          new DemoAccount("dean@nur.example.edu", "Dr. Grace Whitfield", Role.DEAN, "NUR-0001"),
          new DemoAccount("carla@nur.example.edu", "Carla Moreno", Role.TEAM_MEMBER, "NUR-0001"),
          new DemoAccount("dev@nur.example.edu", "Dev Raman", Role.TEAM_MEMBER, "NUR-0001"),
          new DemoAccount("dean@den.example.edu", "Dr. Henry Nakamura", Role.DEAN, "DEN-0001"),
          new DemoAccount("eli@den.example.edu", "Eli Brennan", Role.TEAM_MEMBER, "DEN-0001"),
          new DemoAccount("fay@den.example.edu", "Fay Adeyemi", Role.TEAM_MEMBER, "DEN-0001"));

  private DemoData() {}
}
