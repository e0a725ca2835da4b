package org.socialmission.metrics.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.admin.DemoData;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.PageSession;
import org.socialmission.metrics.testing.TestSchool;

/** A school's data is visible to its own people and to staff, never to another school. */
@ExtendWith(ArquillianExtension.class)
class SchoolIsolationIT {

  @ArquillianResource private URL base;

  @Test
  void membersAndDeansGet403OnEveryOtherSchoolByApi() {
    var api = new Api(base);
    for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
      if (account.schoolCode() == null) {
        continue;
      }
      for (DemoData.DemoSchool school : DemoData.SCHOOLS) {
        int status =
            api.get("api/schools/" + school.code(), account.email(), account.password())
                .statusCode();
        int expected = school.code().equals(account.schoolCode()) ? 200 : 403;
        assertEquals(expected, status, account.email() + " on " + school.code());
      }
    }
  }

  @Test
  void aRefusalDoesNotTellWhetherTheOtherSchoolExists() {
    var api = new Api(base);
    var existing = api.get("api/schools/NUR-0001", "ana@med.example.edu", DemoData.TEAM_PASSWORD);
    var missing = api.get("api/schools/NUR-9999", "ana@med.example.edu", DemoData.TEAM_PASSWORD);
    assertEquals(403, existing.statusCode());
    assertEquals(403, missing.statusCode());
    assertEquals(existing.body(), missing.body());
    assertFalse(existing.body().contains("Lakeshore"));
  }

  @Test
  void staffSeeEverySchoolAndA404ForAnUnknownCode() {
    var api = new Api(base);
    for (DemoData.DemoSchool school : DemoData.SCHOOLS) {
      var response =
          api.get("api/schools/" + school.code(), "staff@smm.example.org", DemoData.STAFF_PASSWORD);
      assertEquals(200, response.statusCode());
      assertEquals(school.name(), Api.json(response).getString("name"));
    }
    assertEquals(
        404,
        api.get("api/schools/MED-9999", "staff@smm.example.org", DemoData.STAFF_PASSWORD)
            .statusCode());
  }

  @Test
  void theSchoolListOfADeanHoldsOnlyTheirOwnSchool() {
    var response = new Api(base).get("api/schools", "dean@den.example.edu", DemoData.DEAN_PASSWORD);
    var page = Api.json(response);
    assertEquals(1, page.getInt("total"));
    assertEquals("DEN-0001", page.getJsonArray("schools").getJsonObject(0).getString("code"));
  }

  @Test
  void theSchoolListOfStaffFiltersByDisciplineAndText() {
    var api = new Api(base);
    var school = TestSchool.create(api, "nursing");
    var nursing = Api.json(api.get("api/schools?discipline=nursing&limit=500", TestSchool.STAFF));
    assertTrue(nursing.getInt("total") >= 134, "the demo school and 133 demo peers at least");
    assertTrue(
        nursing.getJsonArray("schools").stream()
            .allMatch(s -> s.asJsonObject().getString("discipline").equals("nursing")));
    String number = school.code().substring(4);
    var named = Api.json(api.get("api/schools?q=" + number, TestSchool.STAFF));
    assertEquals(1, named.getInt("total"));
    assertEquals(school.code(), named.getJsonArray("schools").getJsonObject(0).getString("code"));
    var otherDiscipline =
        Api.json(api.get("api/schools?discipline=medicine&q=" + number, TestSchool.STAFF));
    assertEquals(0, otherDiscipline.getInt("total"));
  }

  @Test
  void anotherSchoolsPageAnswers403WithTheErrorPage() {
    var page = new PageSession(base);
    assertEquals(302, page.signIn("ana@med.example.edu", DemoData.TEAM_PASSWORD).statusCode());
    var other = page.get("schools/school.xhtml?code=DEN-0001");
    assertEquals(403, other.statusCode());
    assertTrue(other.body().contains("Access denied"), other.body());
    assertFalse(other.body().contains("High Plains"));
    var own = page.get("schools/school.xhtml?code=MED-0001");
    assertEquals(200, own.statusCode());
    assertTrue(own.body().contains("Ben Tshabalala"), "own team is listed");
  }

  @Test
  void rolePagesAreClosedToOtherRoles() {
    var page = new PageSession(base);
    page.signIn("dean@nur.example.edu", DemoData.DEAN_PASSWORD);
    assertEquals(403, page.get("staff/home.xhtml").statusCode());
    assertEquals(403, page.get("team/home.xhtml").statusCode());
    assertEquals(200, page.get("dean/home.xhtml").statusCode());
  }
}
