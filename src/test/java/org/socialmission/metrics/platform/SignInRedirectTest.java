package org.socialmission.metrics.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignInRedirectTest {

  @ParameterizedTest
  @ValueSource(strings = {"/dean/home.xhtml", "/schools/school.xhtml?code=MED-0001"})
  void continuesToPagesOfThisApplication(String path) {
    assertEquals(Optional.of(path), SignInRedirect.safeContinuation(path));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "https://evil.example/",
        "//evil.example/x",
        "/\\evil.example",
        "dean/home.xhtml",
        "/login.xhtml",
        "/x\r\nSet-Cookie: a=b"
      })
  void refusesOtherSitesRelativePathsAndLoops(String path) {
    assertTrue(SignInRedirect.safeContinuation(path).isEmpty(), String.valueOf(path));
  }
}
