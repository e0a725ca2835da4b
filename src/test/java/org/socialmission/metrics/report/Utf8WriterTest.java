package org.socialmission.metrics.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The sheet writer's bytes are those of the JDK's UTF-8 writer, whatever school names contain. */
class Utf8WriterTest {

  private static byte[] written(boolean ours, String... parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out =
        ours ? new Utf8Writer(bytes) : new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      for (String part : parts) {
        if (part.length() == 1) {
          out.write(part.charAt(0));
        } else {
          out.write(part);
        }
      }
    }
    return bytes.toByteArray();
  }

  private static void assertSameAsJdk(String... parts) throws IOException {
    assertArrayEquals(written(false, parts), written(true, parts));
  }

  @Test
  void writesTextAsTheJdkDoes() throws IOException {
    assertSameAsJdk("<c r=\"A1\"><is><t>", "École de médecine – Zürich ✓", "</t></is></c>");
    assertSameAsJdk("Faculté 医学部 ", "😀 in a name", "\uD83D", "\uDE00", " split pair");
    assertSameAsJdk("x".repeat(200_000), "é".repeat(70_000));
  }

  @Test
  void unpairedSurrogatesBecomeQuestionMarksAsWithTheJdk() throws IOException {
    assertSameAsJdk("lone \uDE00 low", "lone \uD83D high", "end \uD83D");
    assertSameAsJdk("\uD83D", "a");
  }
}
