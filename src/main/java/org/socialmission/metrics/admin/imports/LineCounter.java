package org.socialmission.metrics.admin.imports;

/**
 * Turns character positions of a text into physical line numbers (the first line is 1), counting
 * {@code \n}, {@code \r\n} and a lone {@code \r} as one break each. Positions must be asked for in
 * increasing order, so a whole file costs one pass.
 */
final class LineCounter {

  private final String text;
  private int position;
  private int line = 1;

  LineCounter(String text) {
    this.text = text;
  }

  /**
   * The line on which the record starting at {@code start} begins. The parser reports the start
   * before any empty lines it skipped, so those are stepped over first.
   */
  int lineOfRecordAt(long start) {
    int target = (int) start;
    while (target < text.length() && isBreak(text.charAt(target))) {
      target++;
    }
    for (; position < target; position++) {
      if (endsLine(position)) {
        line++;
      }
    }
    return line;
  }

  private boolean endsLine(int at) {
    char c = text.charAt(at);
    return c == '\n' || c == '\r' && (at + 1 == text.length() || text.charAt(at + 1) != '\n');
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r';
  }
}
