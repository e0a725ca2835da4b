package org.socialmission.metrics.questionnaire;

import java.util.Comparator;
import java.util.Objects;

/**
 * One mistake in a questionnaire file: the file as it was named to the loader, the 1-based line,
 * and a message written for the staff member who edits the file. Prints as {@code file:line:
 * message}, the format compilers use, so editors and terminals can jump to it.
 */
public record QuestionnaireError(String file, int line, String message)
    implements Comparable<QuestionnaireError> {

  private static final Comparator<QuestionnaireError> ORDER =
      Comparator.comparing(QuestionnaireError::file)
          .thenComparingInt(QuestionnaireError::line)
          .thenComparing(QuestionnaireError::message);

  /** Requires a file and a message; a line below 1 means "the file as a whole" and is kept as 1. */
  public QuestionnaireError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    line = Math.max(line, 1);
  }

  @Override
  public int compareTo(QuestionnaireError other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
