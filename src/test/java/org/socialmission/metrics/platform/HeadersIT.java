package org.socialmission.metrics.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.PageSession;
import org.socialmission.metrics.testing.TestSchool;

/**
 * The headers a browser is told to be careful with: on pages, on API answers, on errors. (HSTS and
 * Secure cookies need {@code smm.https=true}, which the test deployment does not set; the README
 * says how to check them.)
 */
@ExtendWith(ArquillianExtension.class)
class HeadersIT {

  @ArquillianResource private URL base;

  @Test
  void pagesHaveAStrictContentSecurityPolicyAndNoSniffing() {
    var page = new PageSession(base).get("login.xhtml");
    assertCareful(page);
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    for (String directive :
        List.of(
            "base-uri 'self'",
            "object-src 'none'",
            "frame-ancestors 'self'",
            "form-action 'self'",
            "script-src 'self' 'nonce-")) {
      assertTrue(policy.contains(directive), directive + " in " + policy);
    }
    assertFalse(policy.contains("unsafe-inline"), policy);
    assertEquals(1, page.headers().allValues("Content-Security-Policy").size(), "one policy");
  }

  @Test
  void apiAnswersAndErrorsAllowNothingAndSniffNothing() {
    var api = new Api(base);
    var ok = api.get("api/me", TestSchool.STAFF);
    assertCareful(ok);
    assertTrue(
        ok.headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("default-src 'none'"));
    assertCareful(api.get("api/me", null, null));
    assertCareful(api.get("api/no-such-thing", TestSchool.STAFF));
  }

  @Test
  void errorPagesAndStaticFilesAreCarefulToo() {
    var session = new PageSession(base);
    assertCareful(session.get("no-such-page.xhtml"));
    assertCareful(session.get("jakarta.faces.resource/css/app.css.xhtml"));
  }

  @Test
  void noResponseNamesTheServer() {
    var api = new Api(base);
    for (HttpResponse<String> response :
        List.of(
            new PageSession(base).get("login.xhtml"),
            api.get("api/me", null, null),
            api.getFromServerRoot("/health"),
            api.getFromServerRoot("/openapi"))) {
      assertFalse(response.headers().firstValue("Server").isPresent(), response.uri().toString());
      assertFalse(response.headers().firstValue("X-Powered-By").isPresent());
    }
  }

  private static void assertCareful(HttpResponse<String> response) {
    String where = response.statusCode() + " " + response.uri();
    assertEquals(
        "nosniff",
        response
            .headers()
            .firstValue("X-Content-Type-Options")
            .orElse(null)
            .toLowerCase(Locale.ROOT),
        where);
    assertEquals(
        "same-origin", response.headers().firstValue("Referrer-Policy").orElse(null), where);
  }
}
