package org.socialmission.metrics.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.PageSession;
import org.socialmission.metrics.testing.Parallel;
import org.socialmission.metrics.testing.TestSchool;

/**
 * One account used in parallel, as API clients and people with several tabs do: every request
 * succeeds, nobody is refused for what another request of theirs did at the same moment, and no
 * server error happens.
 */
@ExtendWith(ArquillianExtension.class)
class ParallelSignInIT {

  private static final int PARALLEL = 64;

  @ArquillianResource private URL base;

  @Test
  void sixtyFourParallelApiRequestsWithOneAccountsCredentialsAllSucceed() {
    var api = new Api(base);
    var member = TestSchool.create(api, "medicine").member();
    List<HttpResponse<String>> responses =
        Parallel.run(PARALLEL, i -> () -> api.get("api/me", member));
    assertEquals(Map.of(200, (long) PARALLEL), Parallel.statuses(responses));
    responses.forEach(r -> assertEquals(member.email(), Api.json(r).getString("email")));
  }

  @Test
  void sixtyFourSignedInSessionsInParallelAreNeverRefusedWhatTheyMay() {
    var api = new Api(base);
    var school = TestSchool.create(api, "nursing");
    List<TestSchool.Person> people = List.of(school.dean(), school.member(), school.colleague());
    List<PageSession> sessions =
        Parallel.run(
            PARALLEL,
            i ->
                () -> {
                  var person = people.get(i % people.size());
                  var session = new PageSession(base);
                  var signedIn = session.signIn(person.email(), person.password());
                  assertEquals(302, signedIn.statusCode(), "sign-in " + i + ": " + signedIn.body());
                  return session;
                });
    List<HttpResponse<String>> responses =
        Parallel.run(
            PARALLEL * 3,
            i -> () -> sessions.get(i % PARALLEL).get(i < PARALLEL * 2 ? "api/me" : home(i)));
    assertEquals(Map.of(200, (long) PARALLEL * 3), Parallel.statuses(responses));
    for (int i = 0; i < PARALLEL * 2; i++) {
      assertEquals(
          people.get(i % PARALLEL % people.size()).email(),
          Api.json(responses.get(i)).getString("email"),
          "each session stays its own user");
    }
  }

  private static String home(int session) {
    return session % PARALLEL % 3 == 0 ? "dean/home.xhtml" : "team/home.xhtml";
  }

  @Test
  void theSameUserOpeningTheWizardInSeveralTabsAtOnceGetsNoServerError() {
    var member = TestSchool.create(new Api(base), "dentistry").member();
    var browser = new PageSession(base);
    assertEquals(302, browser.signIn(member.email(), member.password()).statusCode());
    List<HttpResponse<String>> tabs =
        Parallel.run(16, i -> () -> browser.get("assessment/wizard.xhtml?step=" + step(i)));
    assertEquals(Map.of(200, 16L), Parallel.statuses(tabs));
    tabs.forEach(tab -> assertTrue(tab.body().contains("id=\"wizard\""), tab.body()));
    List<HttpResponse<String>> again =
        Parallel.run(16, i -> () -> browser.get("assessment/wizard.xhtml?step=" + step(i + 1)));
    assertEquals(Map.of(200, 16L), Parallel.statuses(again), "tabs that remember other steps");
  }

  private static String step(int i) {
    return List.of("mission", "pipeline", "admissions", "curriculum").get(i % 4);
  }
}
