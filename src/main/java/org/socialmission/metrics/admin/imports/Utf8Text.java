package org.socialmission.metrics.admin.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.socialmission.metrics.platform.Message;

/**
 * Reads an uploaded file as strict UTF-8, a block at a time, and drops a leading byte order mark. A
 * file saved in another encoding (Excel's plain "CSV" on Windows writes Windows-1252) is refused
 * instead of being read with replacement characters, with the line of the first byte that does not
 * fit; so is a file with a NUL character, which no database column takes. Both stop the reading
 * with {@link Refused}, which carries the problem.
 */
final class Utf8Text extends Reader {

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final int BLOCK = 1 << 16;

  /** The file cannot be read as text; the problem names the line. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ImportError problem;

    Refused(ImportError problem) {
      super("not readable as text", null, false, false);
      this.problem = problem;
    }

    ImportError problem() {
      return problem;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BLOCK).flip();
  private final CharBuffer chars = CharBuffer.allocate(BLOCK).flip();
  private boolean endOfInput;
  private boolean started;
  private int lines = 1;

  private Utf8Text(InputStream in) {
    this.in = in;
  }

  /** A reader of the stream's text; does not close the stream. */
  static Reader decode(InputStream in) {
    return new Utf8Text(in);
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(length, chars.remaining());
    chars.get(target, offset, n);
    return n;
  }

  /** Decodes the next block; false at the end of the text. */
  private boolean fill() throws IOException {
    if (endOfInput && !bytes.hasRemaining()) {
      return false;
    }
    if (!endOfInput) {
      bytes.compact();
      int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (read < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + read);
      }
      bytes.flip();
    }
    chars.clear();
    CoderResult result = decoder.decode(bytes, chars, endOfInput);
    chars.flip();
    check(result);
    if (endOfInput && !bytes.hasRemaining()) {
      decoder.flush(chars);
    }
    return chars.hasRemaining() || !endOfInput || bytes.hasRemaining();
  }

  /** Drops the byte order mark, counts lines, refuses NUL and bytes that are not UTF-8. */
  private void check(CoderResult result) {
    if (!started && chars.hasRemaining()) {
      started = true;
      if (chars.get(chars.position()) == BYTE_ORDER_MARK) {
        chars.get();
      }
    }
    for (int i = chars.position(); i < chars.limit(); i++) {
      char c = chars.get(i);
      if (c == '\u0000') {
        throw new Refused(new ImportError(lines, "", Message.of("import.nul")));
      }
      if (c == '\n') {
        lines++;
      }
    }
    if (result.isError()) {
      throw new Refused(new ImportError(lines, "", Message.of("import.notUtf8")));
    }
  }

  @Override
  public void close() {
    // The caller owns the stream.
  }
}
