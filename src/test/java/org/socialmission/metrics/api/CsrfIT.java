package org.socialmission.metrics.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.PageSession;
import org.socialmission.metrics.testing.TestSchool;

/**
 * Cross-site request forgery, tried as a page on another port of the same host would: with a
 * signed-in browser's session cookie, with the kind of body an HTML form or a script without
 * preflight can send, or with Basic credentials the browser remembers. Nothing changes.
 */
@ExtendWith(ArquillianExtension.class)
class CsrfIT {

  private static final Set<Integer> REFUSED = Set.of(401, 403, 415);

  @ArquillianResource private URL base;

  @Test
  void aPageOnAnotherPortCannotImportASchoolWithStaffsSessionCookie() {
    var staff = new PageSession(base);
    assertEquals(
        302, staff.signIn(TestSchool.STAFF.email(), TestSchool.STAFF.password()).statusCode());
    String code = TestSchool.uniqueCode("medicine");
    var forged =
        staff.send(
            HttpRequest.newBuilder(staff.uri("api/import/schools"))
                .header("Content-Type", "text/plain")
                .header("Origin", otherOrigin())
                .POST(HttpRequest.BodyPublishers.ofString(schoolCsv(code)))
                .build());
    assertTrue(REFUSED.contains(forged.statusCode()), forged.statusCode() + " " + forged.body());
    assertNoSchool(code);
  }

  @Test
  void aFormOnAnotherPortCannotSubmitAnAssessmentWithTheDeansSessionCookie() {
    var api = new Api(base);
    var school = TestSchool.create(api, "nursing");
    Assessments.answerEverything(api, school);
    var dean = new PageSession(base);
    assertEquals(302, dean.signIn(school.dean().email(), school.dean().password()).statusCode());
    var forged =
        dean.send(
            HttpRequest.newBuilder(dean.uri(school.assessmentPath(Assessments.CYCLE) + "/submit"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", otherOrigin())
                .POST(HttpRequest.BodyPublishers.ofString("confirm=yes"))
                .build());
    assertTrue(REFUSED.contains(forged.statusCode()), forged.statusCode() + " " + forged.body());
    assertEquals("IN_PROGRESS", Assessments.state(api, school));
  }

  /**
   * The pages' own forms need the view state and script nonce of a page the user opened, which a
   * page on another port cannot read: its form lands on the expired page and deactivates nobody.
   */
  @Test
  void aFormOnAnotherPortCannotUseTheDeansSessionOnThePages() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    var dean = new PageSession(base);
    assertEquals(302, dean.signIn(school.dean().email(), school.dean().password()).statusCode());
    Map<String, String> forged = new LinkedHashMap<>();
    forged.put("teamAdmin", "teamAdmin");
    forged.put("teamAdmin:accounts:1:deactivate", "");
    forged.put("jakarta.faces.ViewState", "stateless");
    var posted =
        dean.postForm(
            dean.uri("schools/school.xhtml?code=" + school.code()),
            forged,
            "Origin",
            otherOrigin());
    var landed = dean.follow(posted);
    assertTrue(landed.body().contains("Your page had expired"), landed.body());
    assertEquals(200, api.get("api/me", school.member()).statusCode(), "still active");
    assertEquals(200, api.get("api/me", school.colleague()).statusCode(), "still active");
  }

  /** A browser that remembers Basic credentials sends them along; form bodies are still refused. */
  @Test
  void formAndPlainTextBodiesAreRefusedEvenWithCredentials() {
    var api = new Api(base);
    var school = TestSchool.create(api, "dentistry");
    Assessments.answerEverything(api, school);
    String code = TestSchool.uniqueCode("medicine");

    var plainImport =
        api.send(
            api.request("api/import/schools", TestSchool.STAFF)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(schoolCsv(code)))
                .build());
    assertEquals(415, plainImport.statusCode(), plainImport.body());
    assertTrue(Api.json(plainImport).getString("message").contains("text/csv"));
    assertNoSchool(code);

    for (String type :
        new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"}) {
      var submit =
          api.send(
              api.request(school.assessmentPath(Assessments.CYCLE) + "/submit", school.dean())
                  .header(
                      "Content-Type", type + (type.startsWith("multipart") ? "; boundary=b" : ""))
                  .POST(HttpRequest.BodyPublishers.ofString("x=1"))
                  .build());
      assertEquals(415, submit.statusCode(), type + ": " + submit.body());
    }
    assertEquals("IN_PROGRESS", Assessments.state(api, school));
  }

  @Test
  void aBrowserRequestFromAnotherOriginIsRefusedEvenAsJsonWithCredentials() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    String email = "forged@" + school.code().toLowerCase() + ".example.edu";
    String account =
        Json.createObjectBuilder()
            .add("email", email)
            .add("name", "Forged")
            .add("role", "TEAM_MEMBER")
            .add("school", school.code())
            .build()
            .toString();
    var forged = api.post("api/accounts", school.dean(), account, "Origin", otherOrigin());
    assertEquals(403, forged.statusCode(), forged.body());
    var same = api.post("api/accounts", school.dean(), account, "Origin", ownOrigin());
    assertEquals(201, same.statusCode(), "the app's own origin is fine: " + same.body());
  }

  private void assertNoSchool(String code) {
    HttpResponse<String> school = new Api(base).get("api/schools/" + code, TestSchool.STAFF);
    assertEquals(404, school.statusCode(), "no school " + code + " was created");
  }

  private static String schoolCsv(String code) {
    return "code,name,discipline,ownership,region,enrollment\n"
        + code
        + ",Forged School,medicine,public,south,100\n";
  }

  private String ownOrigin() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
  }

  private String otherOrigin() {
    return base.getProtocol() + "://" + base.getHost() + ":" + (base.getPort() + 1);
  }
}
