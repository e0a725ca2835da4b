package org.socialmission.metrics.admin.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.socialmission.metrics.platform.Message;

/**
 * Decodes an uploaded file as strict UTF-8 and drops a leading byte order mark. A file saved in
 * another encoding (Excel's plain "CSV" on Windows writes Windows-1252) is refused instead of being
 * read with replacement characters, with the line of the first byte that does not fit.
 */
final class Utf8Text {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private Utf8Text() {}

  /** The text, or empty after adding the problem to {@code problems}. */
  static Optional<String> decode(byte[] bytes, List<ImportError> problems) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      problems.add(
          new ImportError(lineOfByte(bytes, in.position()), "", Message.of("import.notUtf8")));
      return Optional.empty();
    }
    decoder.flush(out);
    String text = out.flip().toString();
    int nul = text.indexOf('\u0000');
    if (nul >= 0) {
      problems.add(new ImportError(lineOfChar(text, nul), "", Message.of("import.nul")));
      return Optional.empty();
    }
    return Optional.of(
        !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text);
  }

  private static int lineOfChar(String text, int position) {
    return (int) text.substring(0, position).chars().filter(c -> c == '\n').count() + 1;
  }

  private static int lineOfByte(byte[] bytes, int position) {
    int line = 1;
    for (int i = 0; i < position; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
