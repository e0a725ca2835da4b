package org.socialmission.metrics.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.admin.DemoData;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.PageSession;
import org.socialmission.metrics.testing.TestSchool;

/** Signing in, by API (HTTP Basic) and by the sign-in form, on the deployed war. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

  @ArquillianResource private URL base;

  @Test
  void everyDemoAccountSignsInToTheApiWithItsRoleAndSchool() {
    var api = new Api(base);
    for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
      var response = api.get("api/me", account.email(), account.password());
      assertEquals(200, response.statusCode(), account.email());
      var me = Api.json(response);
      assertEquals(account.role().name(), me.getString("role"), account.email());
      assertEquals(account.schoolCode(), me.containsKey("school") ? me.getString("school") : null);
    }
  }

  @Test
  void wrongPasswordAndUnknownEmailGetTheSame401() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    var wrongPassword = api.get("api/me", school.member().email(), "not-her-password");
    var unknownEmail = api.get("api/me", "nobody@med.example.edu", DemoData.TEAM_PASSWORD);
    assertEquals(401, wrongPassword.statusCode());
    assertEquals(401, unknownEmail.statusCode());
    assertEquals(wrongPassword.body(), unknownEmail.body());
  }

  @Test
  void apiWithoutCredentialsIsChallengedForBasic() {
    var response = new Api(base).get("api/schools", null, null);
    assertEquals(401, response.statusCode());
    assertTrue(
        response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
        "curl -u needs a Basic challenge");
  }

  @Test
  void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
    var api = new Api(base);
    var school = TestSchool.create(api, "nursing");
    String email = school.member().email();
    for (int i = 0; i < 5; i++) {
      assertEquals(401, api.get("api/me", email, "guess-" + i).statusCode());
    }
    assertEquals(401, api.get("api/me", school.member()).statusCode());
    assertEquals(
        200,
        api.get("api/me", school.colleague()).statusCode(),
        "a colleague's account is not affected");
  }

  @Test
  void aProtectedPageSendsTheVisitorToSignInAndBackAfterwards() {
    var page = new PageSession(base);
    var visit = page.get("dean/home.xhtml");
    assertEquals(302, visit.statusCode());
    String location = visit.headers().firstValue("Location").orElseThrow();
    assertTrue(location.contains("login.xhtml?continue=%2Fdean%2Fhome.xhtml"), location);
  }

  @Test
  void formSignInRenewsTheSessionIdAndOpensTheRoleHome() {
    var school = TestSchool.create(new Api(base), "medicine");
    var page = new PageSession(base);
    page.get("login.xhtml");
    String before = page.sessionId().orElseThrow();
    var signedIn = page.signIn(school.dean().email(), school.dean().password());
    assertEquals(302, signedIn.statusCode(), signedIn.body());
    assertNotEquals(before, page.sessionId().orElseThrow(), "session fixation");
    var home = page.get("home.xhtml");
    assertEquals(302, home.statusCode());
    assertTrue(home.headers().firstValue("Location").orElseThrow().contains("/dean/home.xhtml"));
    var deanHome = page.get("dean/home.xhtml");
    assertEquals(200, deanHome.statusCode());
    assertTrue(deanHome.body().contains(school.name()), deanHome.body());
  }

  @Test
  void failedFormSignInExplainsWithoutSayingWhichFieldWasWrong() {
    var school = TestSchool.create(new Api(base), "medicine");
    var page = new PageSession(base);
    var failed = page.signIn(school.member().email(), "wrong-password");
    assertEquals(200, failed.statusCode());
    assertTrue(failed.body().contains("do not match an active account"), failed.body());
    var unknown = new PageSession(base).signIn("nobody@example.edu", "whatever");
    assertTrue(unknown.body().contains("do not match an active account"));
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSite() {
    var response = new PageSession(base).get("login.xhtml");
    String cookie =
        response.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID"))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
    assertTrue(!response.body().contains(";jsessionid="), "no session ids in URLs");
  }
}
