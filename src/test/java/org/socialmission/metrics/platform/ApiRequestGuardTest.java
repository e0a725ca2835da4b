package org.socialmission.metrics.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which requests could come from a form or page on another site. */
class ApiRequestGuardTest {

  @Test
  void theBodiesAFormCanSendAreFormTypes() {
    assertTrue(ApiRequestGuard.isFormType("text/plain"));
    assertTrue(ApiRequestGuard.isFormType("text/plain;charset=UTF-8"));
    assertTrue(ApiRequestGuard.isFormType("Application/X-WWW-Form-Urlencoded"));
    assertTrue(ApiRequestGuard.isFormType("multipart/form-data; boundary=x"));
    assertFalse(ApiRequestGuard.isFormType("application/json"));
    assertFalse(ApiRequestGuard.isFormType("text/csv"));
    assertFalse(ApiRequestGuard.isFormType(null), "a POST without a body");
  }

  @Test
  void anOriginIsTheSameSiteOnlyWithTheSameHostAndPort() {
    assertTrue(ApiRequestGuard.sameOrigin(null, "127.0.0.1:8751"), "scripts send no Origin");
    assertTrue(ApiRequestGuard.sameOrigin("http://127.0.0.1:8751", "127.0.0.1:8751"));
    assertTrue(ApiRequestGuard.sameOrigin("https://smm.example.org", "smm.example.org"));
    assertTrue(ApiRequestGuard.sameOrigin("https://SMM.example.org:443", "smm.example.org"));
    assertFalse(ApiRequestGuard.sameOrigin("http://127.0.0.1:8752", "127.0.0.1:8751"));
    assertFalse(ApiRequestGuard.sameOrigin("https://evil.example", "smm.example.org"));
    assertFalse(ApiRequestGuard.sameOrigin("null", "smm.example.org"), "sandboxed pages");
  }
}
