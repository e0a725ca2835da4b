package org.socialmission.metrics.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.platform.Message;

/** What a JSON request body must be before anything binds it, and how a bad one is explained. */
class JsonBodyTest {

  private static Optional<String> problem(String json) {
    return problem(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> problem(byte[] json) {
    return JsonBody.problem(json).map(m -> m.in(Locale.ENGLISH));
  }

  @Test
  void ordinaryBodiesPass() {
    assertEquals(Optional.empty(), problem("[{\"question\": \"a.b\", \"value\": 12.5}]"));
    assertEquals(Optional.empty(), problem("{\"email\": \"ana@med.example.edu\", \"n\": -3e2}"));
    assertEquals(Optional.empty(), problem("{\"name\": \"Zoë 😀\"}"));
  }

  @Test
  void nulAndLoneSurrogatesAreRefusedNamingTheField() {
    String nul = problem("[{\"question\": \"q\"}, {\"value\": \"a\\u0000b\"}]").orElseThrow();
    assertTrue(nul.startsWith("[1].value cannot be stored."), nul);
    assertTrue(nul.contains("NUL"), nul);
    String lone = problem("{\"name\": \"x\\ud800\"}").orElseThrow();
    assertTrue(lone.startsWith("name cannot be stored."), lone);
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWithTheirPlace() {
    byte[] latin1 = "{\n\"name\": \"Zo\u00eb\"}".getBytes(StandardCharsets.ISO_8859_1);
    String problem = problem(latin1).orElseThrow();
    assertTrue(problem.contains("byte 13 (line 2)"), problem);
    byte[] surrogate = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
    assertTrue(problem(surrogate).orElseThrow().contains("not UTF-8"));
  }

  @Test
  void deepNestingIsRefusedBeforeAnythingBindsIt() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertTrue(problem(deep).orElseThrow().contains("nested more than 32 levels"));
    assertEquals(Optional.empty(), problem("[".repeat(32) + "]".repeat(32)));
  }

  @Test
  void longNumbersAndHugeExponentsAreRefusedFromTheirText() {
    assertTrue(problem("[{\"value\": 1e50000000}]").orElseThrow().startsWith("[0].value:"));
    assertTrue(problem("{\"v\": " + "9".repeat(5000) + "}").isPresent());
    assertTrue(problem("{\"v\": 1e101}").isPresent());
    assertEquals(Optional.empty(), problem("{\"v\": 1e100}"));
    assertFalse(JsonBody.isSmall("1e0000000000000000000000000500"));
    assertTrue(JsonBody.isSmall("0.000001"));
  }

  @Test
  void malformedJsonSaysWhere() {
    String problem = problem("{\"email\": \"a\",\n\"name\": }").orElseThrow();
    assertTrue(problem.startsWith("The body is not valid JSON (line 2, column "), problem);
  }

  @Test
  void messagesAreKeyed() {
    assertTrue(
        JsonBody.problem("{".getBytes(StandardCharsets.UTF_8)).map(Message::key).isPresent());
  }
}
