package org.socialmission.metrics.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.PageSession;
import org.socialmission.metrics.testing.TestSchool;

/**
 * Pages that go wrong still end on a real page: the error pages render, with the header, for every
 * role; a form posted to a view the server no longer has, by an ordinary or an ajax request, lands
 * on the page that says so and offers a way back.
 */
@ExtendWith(ArquillianExtension.class)
class ErrorPagesIT {

  private static final String DENIED = "Access denied";
  private static final String NOT_FOUND = "Page not found";
  private static final String EXPIRED = "Your page had expired";

  @ArquillianResource private URL base;

  @Test
  void everyRoleSeesTheNotFoundAndAccessDeniedPagesWithTheHeader() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    String other = TestSchool.create(api, "medicine").code();
    Map<String, TestSchool.Person> people = new LinkedHashMap<>();
    people.put("staff", TestSchool.STAFF);
    people.put("dean", school.dean());
    people.put("member", school.member());
    people.forEach(
        (who, person) -> {
          var session = new PageSession(base);
          assertEquals(302, session.signIn(person.email(), person.password()).statusCode());
          boolean staff = who.equals("staff");
          String elsewhere = staff ? "MED-999999" : other;
          int status = staff ? 404 : 403;
          String title = staff ? NOT_FOUND : DENIED;
          assertErrorPage(404, NOT_FOUND, session.get("no-such-page.xhtml"), who);
          assertErrorPage(
              status, title, session.get("schools/school.xhtml?code=" + elsewhere), who);
          assertErrorPage(
              status, title, session.get("assessment/results.xhtml?school=" + elsewhere), who);
          assertErrorPage(
              403, DENIED, session.get(staff ? "team/home.xhtml" : "staff/home.xhtml"), who);
        });
    assertErrorPage(404, NOT_FOUND, new PageSession(base).get("no-such-page.xhtml"), "anonymous");
  }

  @Test
  void aFormPostedToAViewTheServerNoLongerHasLandsOnTheExpiredPage() {
    var member = TestSchool.create(new Api(base), "nursing").member();
    var session = new PageSession(base);
    assertEquals(302, session.signIn(member.email(), member.password()).statusCode());
    var form = session.get("account/password.xhtml");
    assertEquals(200, form.statusCode());
    String stale =
        form.body()
            .replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]+", "$1-123:456");
    var posted =
        session.submit(
            form.uri(),
            stale,
            "password",
            "password:submit",
            Map.of("password:current", "x", "password:chosen", "y", "password:repeated", "y"));
    var landed = session.follow(posted);
    assertTrue(landed.body().contains(EXPIRED), landed.statusCode() + " " + landed.body());
    assertTrue(landed.body().contains("id=\"reload\""), "offers to open the page again");
    assertTrue(landed.body().contains("account/password.xhtml"), landed.body());
  }

  @Test
  void anAjaxRequestToAViewTheServerNoLongerHasLeadsToTheExpiredPage() {
    var member = TestSchool.create(new Api(base), "dentistry").member();
    var session = new PageSession(base);
    assertEquals(302, session.signIn(member.email(), member.password()).statusCode());
    var page = session.get("team/home.xhtml");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "signOut:submit");
    fields.put("jakarta.faces.partial.execute", "@all");
    fields.put("signOut", "signOut");
    fields.put("jakarta.faces.ViewState", "-987:654");
    var ajax = session.postForm(page.uri(), fields, "Faces-Request", "partial/ajax");
    Matcher redirect = Pattern.compile("<redirect url=\"([^\"]+)\"").matcher(ajax.body());
    assertTrue(redirect.find(), ajax.statusCode() + " " + ajax.body());
    var landed =
        session.send(
            HttpRequest.newBuilder(page.uri().resolve(redirect.group(1).replace("&amp;", "&")))
                .GET()
                .build());
    assertEquals(200, landed.statusCode(), landed.body());
    assertTrue(landed.body().contains(EXPIRED), landed.body());
  }

  private static void assertErrorPage(
      int status, String title, HttpResponse<String> page, String who) {
    assertEquals(status, page.statusCode(), who + ": " + page.uri() + " " + page.body());
    assertTrue(page.body().contains(title), who + ": " + page.body());
    assertTrue(page.body().contains("id=\"errorTitle\""), who + ": the error page itself");
    if (!who.equals("anonymous")) {
      assertTrue(page.body().contains("id=\"signedInUser\""), who + ": with the header");
    }
  }
}
