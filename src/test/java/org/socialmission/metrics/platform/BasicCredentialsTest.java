package org.socialmission.metrics.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {

  private static String header(String pair) {
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsUserAndPasswordWithColonsAndNonAscii() {
    var credentials =
        BasicCredentials.parse(header("zoë@med.example.edu:pa:ss wörd")).orElseThrow();
    assertEquals("zoë@med.example.edu", credentials.user());
    assertEquals("pa:ss wörd", credentials.password());
  }

  @Test
  void schemeIsCaseInsensitive() {
    assertTrue(BasicCredentials.parse(header("a@b.c:x").replace("Basic", "bAsIc")).isPresent());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"", "Bearer abc", "Basic !!!notbase64", "Basic Zm9v" /* "foo": no colon */})
  void ignoresAbsentForeignAndMalformedHeaders(String value) {
    assertTrue(BasicCredentials.parse(value).isEmpty());
  }

  @Test
  void emptyUserIsRejected() {
    assertTrue(BasicCredentials.parse(header(":secret")).isEmpty());
  }

  @Test
  void toStringHidesThePassword() {
    assertTrue(
        !BasicCredentials.parse(header("a@b.c:secret"))
            .orElseThrow()
            .toString()
            .contains("secret"));
  }
}
