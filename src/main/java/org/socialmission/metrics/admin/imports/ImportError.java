package org.socialmission.metrics.admin.imports;

import java.util.Objects;
import org.socialmission.metrics.platform.Message;

/**
 * One problem of an imported file.
 *
 * @param line the physical line of the file, counting from 1 (the header is line 1)
 * @param column the column the problem is in, as the header names it; empty when it concerns the
 *     whole row or file
 * @param message what is wrong and what would be right, in words a person can act on
 */
public record ImportError(int line, String column, Message message) {

  /** Requires a positive line, a column (possibly empty) and a message. */
  public ImportError {
    if (line < 1) {
      throw new IllegalArgumentException("line must be positive: " + line);
    }
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(message, "message");
  }

  /** "Line 3, region: Write one of …" or "Line 1: …" for a whole row or file, in English. */
  @Override
  public String toString() {
    return "Line " + line + (column.isEmpty() ? "" : ", " + column) + ": " + message.english();
  }
}
