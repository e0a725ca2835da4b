package org.socialmission.metrics.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.openapi.models.PathItem;
import org.junit.jupiter.api.Test;

/** How the OpenAPI document's paths and operation ids are made valid. */
class OpenApiCleanupTest {

  @Test
  void pathTemplatesLoseTheirRegularExpressions() {
    assertEquals(
        "/api/completion/{cycle}", OpenApiCleanup.template("/api/completion/{cycle: \\d+}"));
    assertEquals(
        "/api/research/{cycle}.csv", OpenApiCleanup.template("/api/research/{cycle: \\d+}.csv"));
    assertEquals("/a/{x}/b/{y}", OpenApiCleanup.template("/a/{x : [a-z]{2,3}}/b/{y}"));
    assertEquals("/api/schools/{code}", OpenApiCleanup.template("/api/schools/{code}"));
  }

  @Test
  void derivedIdsNameMethodAndPath() {
    assertEquals(
        "getCompletionCycleCsv",
        OpenApiCleanup.derivedId(PathItem.HttpMethod.GET, "/api/completion/{cycle}.csv"));
    assertEquals(
        "postSchoolsCodeAssessmentsCycleSubmit",
        OpenApiCleanup.derivedId(
            PathItem.HttpMethod.POST, "/api/schools/{code}/assessments/{cycle}/submit"));
  }
}
