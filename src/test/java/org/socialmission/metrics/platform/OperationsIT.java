package org.socialmission.metrics.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.PageSession;
import org.socialmission.metrics.testing.TestSchool;

/** What operators and first-time visitors rely on: health, API description, public pages. */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

  @ArquillianResource private URL base;

  @Test
  void healthIsUpWithTheDatabaseCheck() {
    var response = new Api(base).getFromServerRoot("/health");
    assertEquals(200, response.statusCode());
    var health = Api.json(response);
    assertEquals("UP", health.getString("status"));
    assertTrue(response.body().contains("\"database\""), response.body());
  }

  @Test
  void livenessReportsTheJvmAndReadinessTheDatabase() {
    var live = new Api(base).getFromServerRoot("/health/live");
    assertEquals(200, live.statusCode(), live.body());
    assertTrue(live.body().contains("\"jvm\"") && live.body().contains("deadlockedThreads"));
    var ready = new Api(base).getFromServerRoot("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"database\""), ready.body());
  }

  @Test
  void openApiDocumentsTheSchoolApi() {
    var response = new Api(base).getFromServerRoot("/openapi");
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("/api/schools/{code}"), response.body());
    assertTrue(response.body().contains("Social Mission Metrics API"));
  }

  @Test
  void theServerDescribesItselfThroughHealthAndOpenApiOnly() {
    var api = new Api(base);
    var wadl = api.get("api/application.wadl", TestSchool.STAFF);
    assertEquals(404, wadl.statusCode(), "no WADL beside the OpenAPI document");
    var metrics = api.getFromServerRoot("/metrics");
    assertNotEquals(200, metrics.statusCode(), "no metrics: nobody reads them");
  }

  @Test
  void landingPageExplainsTheEightModalitiesToAnonymousVisitors() {
    var landing = new PageSession(base).get("");
    assertEquals(200, landing.statusCode());
    for (String modality :
        new String[] {
          "School mission",
          "Pipeline cultivation",
          "Student admissions",
          "Structure and content of curriculum",
          "Location of clinical experience",
          "Debt management",
          "Mentoring / role modeling",
          "Post-graduate engagement"
        }) {
      assertTrue(landing.body().contains(modality), modality);
    }
    assertTrue(landing.body().contains("login.xhtml"), "leads to sign-in");
  }

  @Test
  void unknownPageShowsTheNotFoundPage() {
    var missing = new PageSession(base).get("no-such-page.xhtml");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("Page not found"), missing.body());
  }
}
