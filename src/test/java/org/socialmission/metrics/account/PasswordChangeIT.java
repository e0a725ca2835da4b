package org.socialmission.metrics.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.PageSession;
import org.socialmission.metrics.testing.TestSchool;

/**
 * Passwords people choose for themselves: a temporary password (a new account's, a reset's) must be
 * changed before anything else, on pages and by API; everyone can change their own password, giving
 * the current one; the change ends their other sessions.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordChangeIT {

  @ArquillianResource private URL base;

  @Test
  void theApiRefusesEverythingButThePasswordChangeUntilATemporaryPasswordIsChanged() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    String email = "new." + school.code().toLowerCase() + "@example.edu";
    String temporary = newAccount(api, school, email);

    var refused = api.get("api/me", email, temporary);
    assertEquals(403, refused.statusCode());
    assertTrue(refused.headers().firstValue("Content-Type").orElse("").contains("json"));
    assertTrue(Api.json(refused).getString("message").contains("POST /api/me/password"));
    assertEquals(403, api.get("api/schools", email, temporary).statusCode());

    assertEquals(400, change(api, email, temporary, temporary, "short").statusCode());
    var isEmail = change(api, email, temporary, temporary, email);
    assertEquals(400, isEmail.statusCode());
    assertTrue(Api.json(isEmail).getString("message").contains("email"), isEmail.body());
    assertEquals(
        400, change(api, email, temporary, "not-the-current", "long enough now").statusCode());

    assertEquals(204, change(api, email, temporary, temporary, "long enough now").statusCode());
    assertEquals(200, api.get("api/me", email, "long enough now").statusCode());
    assertEquals(401, api.get("api/me", email, temporary).statusCode());
  }

  @Test
  void onPagesATemporaryPasswordLeadsToTheChangePageAndNowhereElseUntilChanged() {
    var api = new Api(base);
    var school = TestSchool.create(api, "nursing");
    String email = "fresh." + school.code().toLowerCase() + "@example.edu";
    String temporary = newAccount(api, school, email);
    var person = new PageSession(base);
    assertEquals(302, person.signIn(email, temporary).statusCode());

    for (String page :
        new String[] {"home.xhtml", "team/home.xhtml", "questionnaires/index.xhtml"}) {
      var held = person.get(page);
      assertEquals(302, held.statusCode(), page);
      assertTrue(
          held.headers().firstValue("Location").orElseThrow().endsWith("/account/password.xhtml"));
    }
    var form = person.get("account/password.xhtml");
    assertEquals(200, form.statusCode());
    assertTrue(form.body().contains("chosen by someone else"), form.body());

    var changed = submit(person, form, temporary, "my own good password");
    assertTrue(changed.body().contains("Your password has been changed"), changed.body());
    assertEquals(200, person.get("team/home.xhtml").statusCode(), "free to go on");
  }

  @Test
  void everyoneChangesTheirOwnPasswordOnAPageAndTheirOtherSessionsEnd() {
    var api = new Api(base);
    var dean = TestSchool.create(api, "dentistry").dean();
    var here = new PageSession(base);
    var elsewhere = new PageSession(base);
    assertEquals(302, here.signIn(dean.email(), dean.password()).statusCode());
    assertEquals(302, elsewhere.signIn(dean.email(), dean.password()).statusCode());
    var home = here.get("dean/home.xhtml");
    assertTrue(home.body().contains("account/password.xhtml"), "the header links to the page");

    var form = here.get("account/password.xhtml");
    var wrong = submit(here, form, "not my password", "a brand new password");
    assertTrue(wrong.body().contains("current password is not right"), wrong.body());
    var changed =
        submit(here, here.get("account/password.xhtml"), dean.password(), "a brand new password");
    assertTrue(changed.body().contains("Your password has been changed"), changed.body());

    assertEquals(200, here.get("dean/home.xhtml").statusCode(), "this session goes on");
    assertEquals(302, elsewhere.get("dean/home.xhtml").statusCode(), "the other one ended");
    assertEquals(200, api.get("api/me", dean.email(), "a brand new password").statusCode());
  }

  private static String newAccount(Api api, TestSchool school, String email) {
    String body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("name", "New Person")
            .add("role", "TEAM_MEMBER")
            .add("school", school.code())
            .build()
            .toString();
    var created = api.post("api/accounts", school.dean(), body);
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).getString("temporaryPassword");
  }

  private static HttpResponse<String> change(
      Api api, String email, String password, String current, String chosen) {
    String body =
        Json.createObjectBuilder()
            .add("currentPassword", current)
            .add("newPassword", chosen)
            .build()
            .toString();
    return api.post("api/me/password", email, password, body);
  }

  private static HttpResponse<String> submit(
      PageSession session, HttpResponse<String> form, String current, String chosen) {
    return session.submit(
        form,
        "password",
        "password:submit",
        Map.of(
            "password:current", current,
            "password:chosen", chosen,
            "password:repeated", chosen));
  }
}
