package org.socialmission.metrics.admin.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Passes a text through and turns character positions of it into physical line numbers (the first
 * line is 1), counting {@code \n}, {@code \r\n} and a lone {@code \r} as one break each. Positions
 * must be asked for in increasing order and only once the parser has read past them; it keeps only
 * the line breaks it has not yet been asked past, so a file of any length costs one pass and little
 * memory.
 */
final class LineCounter extends FilterReader {

  /** Positions of the {@code \r} and {@code \n} characters read and not yet counted. */
  private final ArrayDeque<long[]> breaks = new ArrayDeque<>();

  private long read;
  private int line = 1;

  LineCounter(Reader text) {
    super(text);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      char c = buffer[offset + i];
      if (c == '\n' || c == '\r') {
        breaks.addLast(new long[] {read + i, c});
      }
    }
    read += Math.max(n, 0);
    return n;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) < 0 ? -1 : one[0];
  }

  /**
   * The line on which the record starting at {@code start} begins. The parser reports the start
   * before any empty lines it skipped, so those are stepped over first.
   */
  int lineOfRecordAt(long start) {
    long target = start;
    for (long[] b : breaks) {
      if (b[0] == target) {
        target++;
      } else if (b[0] > target) {
        break;
      }
    }
    while (!breaks.isEmpty() && breaks.peekFirst()[0] < target) {
      long[] b = breaks.removeFirst();
      boolean crlf = b[1] == '\r' && !breaks.isEmpty() && breaks.peekFirst()[0] == b[0] + 1;
      boolean beforeLf = crlf && breaks.peekFirst()[1] == '\n';
      if (!beforeLf) {
        line++;
      }
    }
    return line;
  }
}
