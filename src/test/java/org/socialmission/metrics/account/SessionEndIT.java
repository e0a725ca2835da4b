package org.socialmission.metrics.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
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
 * Access ends when it is taken away: a dean deactivates a team member or resets their password on
 * the school page, and the member's browser session, open all along, ends at its next request, for
 * pages and for the API alike.
 */
@ExtendWith(ArquillianExtension.class)
class SessionEndIT {

  private static final Pattern NEW_PASSWORD = Pattern.compile("\\(shown once\\): ([A-Za-z0-9]+)");

  @ArquillianResource private URL base;

  @Test
  void deactivationEndsTheMembersOpenSessionAtItsNextRequest() {
    var school = TestSchool.create(new Api(base), "medicine");
    PageSession member = signedIn(school.member());
    assertEquals(200, member.get("team/home.xhtml").statusCode());
    assertEquals(200, member.get("api/me").statusCode());

    var done = deanClicks(school, "deactivate");
    assertTrue(done.body().contains("can no longer sign in"), done.body());

    assertSignedOut(member);
    assertEquals(401, new Api(base).get("api/me", school.member()).statusCode());
  }

  @Test
  void aPasswordResetEndsTheMembersOpenSessionAndTheNewPasswordIsTemporary() {
    var api = new Api(base);
    var school = TestSchool.create(api, "nursing");
    PageSession member = signedIn(school.member());
    assertEquals(200, member.get("team/home.xhtml").statusCode());

    var done = deanClicks(school, "reset");
    Matcher temporary = NEW_PASSWORD.matcher(done.body());
    assertTrue(temporary.find(), done.body());

    assertSignedOut(member);
    var withTemporary = api.get("api/me", school.member().email(), temporary.group(1));
    assertEquals(403, withTemporary.statusCode(), "a reset password must be changed first");
    assertTrue(Api.json(withTemporary).getString("message").contains("/api/me/password"));
    var own =
        TestSchool.ownPassword(
            api, school.member().email(), school.member().name(), temporary.group(1));
    assertEquals(200, api.get("api/me", own).statusCode());
  }

  private PageSession signedIn(TestSchool.Person person) {
    var session = new PageSession(base);
    assertEquals(302, session.signIn(person.email(), person.password()).statusCode());
    return session;
  }

  /** The dean presses a button (deactivate, reset) in the member's row on the school page. */
  private HttpResponse<String> deanClicks(TestSchool school, String button) {
    PageSession dean = signedIn(school.dean());
    var page = dean.get("schools/school.xhtml?code=" + school.code());
    assertEquals(200, page.statusCode(), page.body());
    String form = page.body().substring(page.body().indexOf("id=\"teamAdmin\""));
    Matcher row =
        Pattern.compile(
                Pattern.quote(school.member().email()) + ".*?(teamAdmin:accounts:\\d+:)" + button,
                Pattern.DOTALL)
            .matcher(form);
    assertTrue(row.find(), form);
    return dean.submit(page, "teamAdmin", row.group(1) + button, Map.of());
  }

  private static void assertSignedOut(PageSession session) {
    var page = session.get("team/home.xhtml");
    assertEquals(302, page.statusCode(), "the next page request signs in again");
    assertTrue(page.headers().firstValue("Location").orElseThrow().contains("login.xhtml"));
    assertEquals(401, session.get("api/me").statusCode(), "the API no longer honours the session");
  }
}
