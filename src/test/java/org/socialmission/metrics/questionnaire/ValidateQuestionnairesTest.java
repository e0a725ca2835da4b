package org.socialmission.metrics.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command-line validator's output and exit status. */
class ValidateQuestionnairesTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  @Test
  void validDirectoryExitsWithZero() {
    assertEquals(0, ValidateQuestionnaires.run(new String[] {"questionnaires"}, out));
    assertTrue(output().matches("\\d+ file\\(s\\) checked, all valid\n"), output());
  }

  @Test
  void invalidFilePrintsEachErrorAndExitsWithOne() {
    String broken = Path.of("src/test/resources/questionnaires/broken-v1.yaml").toString();
    String part = Path.of("src/test/resources/questionnaires/with-part/shared.yaml").toString();
    assertEquals(1, ValidateQuestionnaires.run(new String[] {part, broken}, out));
    String[] lines = output().split("\n");
    assertEquals(8, lines.length);
    assertEquals(
        broken + ":4: unknown discipline 'veterinary' (expected medicine, nursing or dentistry)",
        lines[0]);
    assertEquals("2 file(s) checked, 7 error(s) in 1 file(s)", lines[7]);
  }

  @Test
  void missingPathIsAnError() {
    assertEquals(1, ValidateQuestionnaires.run(new String[] {"no-such-dir"}, out));
    assertEquals(
        "no-such-dir:1: no such file or directory\n0 file(s) checked, 1 error(s) in 1 file(s)\n",
        output());
  }
}
