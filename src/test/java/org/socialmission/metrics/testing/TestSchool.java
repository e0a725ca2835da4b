package org.socialmission.metrics.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.security.SecureRandom;
import java.util.Map;
import org.socialmission.metrics.admin.DemoData;

/**
 * A school of its own for one test, made through the staff API like any school: a dean and two team
 * members with known passwords (each has replaced its temporary one, as people must) and an
 * assessment nobody else touches. Tests that change data change only their own school's, so they
 * stay independent on a shared deployment and in any order.
 *
 * <pre>{@code
 * TestSchool school = TestSchool.create(api, "medicine");
 * api.get(school.assessmentPath(cycle), school.dean().email(), school.dean().password());
 * }</pre>
 *
 * @param discipline the discipline's code: medicine, nursing or dentistry
 */
public record TestSchool(
    String code, String name, String discipline, Person dean, Person member, Person colleague) {

  /** The staff account of the demo data, which tests use to set up their schools. */
  public static final Person STAFF =
      new Person("staff@smm.example.org", "Sam Okafor", DemoData.STAFF_PASSWORD);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Map<String, String> PREFIXES =
      Map.of("medicine", "MED", "nursing", "NUR", "dentistry", "DEN");

  /** Someone who signs in. */
  public record Person(String email, String name, String password) {}

  /**
   * Imports a new public school of the discipline (South, 300 students) with its people.
   *
   * @param discipline medicine, nursing or dentistry
   */
  public static TestSchool create(Api api, String discipline) {
    return create(api, discipline, "public", "south");
  }

  /** Imports a new school with the given ownership and region, with its people. */
  public static TestSchool create(Api api, String discipline, String ownership, String region) {
    return create(api, discipline, ownership, region, 300);
  }

  /** Imports a new school with the given ownership, region and enrollment, with its people. */
  public static TestSchool create(
      Api api, String discipline, String ownership, String region, int enrollment) {
    String code = uniqueCode(discipline);
    String number = code.substring(4);
    String name = "Test School " + number;
    String csv =
        "code,name,discipline,ownership,region,enrollment\n"
            + String.join(
                ",", code, name, discipline, ownership, region, String.valueOf(enrollment))
            + "\n";
    var imported = api.postCsv("api/import/schools", STAFF, csv);
    assertEquals(200, imported.statusCode(), imported.body());
    String domain = "@" + number + ".test.example.edu";
    return new TestSchool(
        code,
        name,
        discipline,
        account(api, code, "dean" + domain, "Dean " + number, "DEAN"),
        account(api, code, "member" + domain, "Member " + number, "TEAM_MEMBER"),
        account(api, code, "colleague" + domain, "Colleague " + number, "TEAM_MEMBER"));
  }

  /**
   * A school code of the discipline that no other test uses, such as MED-482913027715: twelve
   * random digits (the longest code there is), so that the few hundred schools of a run do not meet
   * by chance (with six digits two of them did, about once in fifty runs).
   */
  public static String uniqueCode(String discipline) {
    return PREFIXES.get(discipline) + "-" + (100_000_000_000L + RANDOM.nextLong(900_000_000_000L));
  }

  /** A staff account of its own, for a test that needs a second member of staff. */
  public static Person newStaff(Api api) {
    String number = uniqueCode("medicine").substring(4);
    return account(api, null, "staff" + number + "@test.example.org", "Staff " + number, "STAFF");
  }

  /** Adds an account through the API; {@code code} null for staff. */
  private static Person account(Api api, String code, String email, String name, String role) {
    var json = Json.createObjectBuilder().add("email", email).add("name", name).add("role", role);
    if (code != null) {
      json.add("school", code);
    }
    String body = json.build().toString();
    var created = api.post("api/accounts", STAFF.email(), STAFF.password(), body);
    assertEquals(201, created.statusCode(), created.body());
    return ownPassword(api, email, name, Api.json(created).getString("temporaryPassword"));
  }

  /**
   * Replaces a temporary password (of a new account, or after a reset) by a password of the
   * person's own, as they must before doing anything else.
   */
  public static Person ownPassword(Api api, String email, String name, String temporaryPassword) {
    String own = "own-password-" + Integer.toHexString(RANDOM.nextInt());
    String change =
        Json.createObjectBuilder()
            .add("currentPassword", temporaryPassword)
            .add("newPassword", own)
            .build()
            .toString();
    var changed = api.post("api/me/password", email, temporaryPassword, change);
    assertEquals(204, changed.statusCode(), changed.body());
    return new Person(email, name, own);
  }

  /** The API path of this school's assessment of a cycle. */
  public String assessmentPath(int cycle) {
    return "api/schools/" + code + "/assessments/" + cycle;
  }
}
