package org.socialmission.metrics.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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

  /**
   * Over HTTP/1.1, as curl and proxies speak it (over the h2c upgrade that Java's client makes,
   * Payara leaves the header out anyway).
   */
  @Test
  void noResponseNamesTheServer() throws Exception {
    HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI root = URI.create(base.toString());
    for (String path :
        List.of("login.xhtml", "api/me", "no-such-page.xhtml", "/health", "/openapi")) {
      HttpResponse<String> response =
          http11.send(
              HttpRequest.newBuilder(root.resolve(path)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(HttpClient.Version.HTTP_1_1, response.version());
      assertFalse(
          response.headers().firstValue("Server").isPresent(),
          path + " " + response.headers().map());
      assertFalse(response.headers().firstValue("X-Powered-By").isPresent(), path);
    }
  }

  private static void assertCareful(HttpResponse<String> response) {
    String where = response.statusCode() + " " + response.uri();
    assertEquals(
        "nosniff",
        response.headers().firstValue("X-Content-Type-Options").orElse("").toLowerCase(Locale.ROOT),
        where);
    assertEquals(
        "same-origin", response.headers().firstValue("Referrer-Policy").orElse(null), where);
  }
}
