package org.socialmission.metrics.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.TestSchool;

/** Adding accounts by API: who may add whom, and what a bad request gets. */
@ExtendWith(ArquillianExtension.class)
class AccountApiIT {

  @ArquillianResource private URL base;

  @Test
  void aDeanAddsATeamMemberWhoSignsInAfterChangingTheTemporaryPassword() {
    var api = new Api(base);
    var school = TestSchool.create(api, "nursing");
    String email = "new.member@" + school.code().toLowerCase() + ".example.edu";
    var created = api.post("api/accounts", school.dean(), account(email, "TEAM_MEMBER", school));
    assertEquals(201, created.statusCode(), created.body());
    String temporary = Api.json(created).getString("temporaryPassword");
    var member = TestSchool.ownPassword(api, email, "Alex Example", temporary);
    var me = Api.json(api.get("api/me", member));
    assertEquals(school.code(), me.getString("school"));
    assertEquals("TEAM_MEMBER", me.getString("role"));
  }

  @Test
  void deansAddNoDeansNoOtherSchoolsPeopleAndTeamMembersAddNobody() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    var other = TestSchool.create(api, "medicine");
    String email = "someone@" + school.code().toLowerCase() + ".example.edu";
    assertEquals(
        403, api.post("api/accounts", school.dean(), account(email, "DEAN", school)).statusCode());
    assertEquals(
        403,
        api.post("api/accounts", school.dean(), account(email, "TEAM_MEMBER", other)).statusCode());
    assertEquals(
        403,
        api.post("api/accounts", school.member(), account(email, "TEAM_MEMBER", school))
            .statusCode());
    assertEquals(401, api.get("api/me", email, "anything").statusCode(), "nobody was added");
  }

  @Test
  void badRequestsAreRefusedWithAMessageAndAddNothing() {
    var api = new Api(base);
    var school = TestSchool.create(api, "dentistry");
    String email = "bad@" + school.code().toLowerCase() + ".example.edu";
    for (String body :
        new String[] {
          account(email, "CAPTAIN", school),
          account("not-an-email", "TEAM_MEMBER", school),
          Json.createObjectBuilder()
              .add("email", email)
              .add("name", "No School")
              .add("role", "TEAM_MEMBER")
              .build()
              .toString(),
          account(school.member().email(), "TEAM_MEMBER", school)
        }) {
      var response = api.post("api/accounts", TestSchool.STAFF, body);
      assertEquals(400, response.statusCode(), body + " -> " + response.body());
      assertTrue(Api.json(response).getString("message").length() > 10, response.body());
    }
  }

  private static String account(String email, String role, TestSchool school) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("name", "Alex Example")
        .add("role", role)
        .add("school", school.code())
        .build()
        .toString();
  }
}
