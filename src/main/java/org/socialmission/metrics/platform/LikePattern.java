package org.socialmission.metrics.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * A {@code LIKE} pattern that finds typed text anywhere in a column, the text taken literally: its
 * {@code %} and {@code _} are escaped with {@value #ESCAPE}, which queries name in their {@code
 * ESCAPE} clause. Lower-case, for a comparison with {@code LOWER(column)}.
 */
public final class LikePattern {

  /** The escape character of the patterns made here. */
  public static final char ESCAPE = '\\';

  private LikePattern() {}

  /**
   * The pattern for text found anywhere.
   *
   * @return empty when the text holds a character no column can store (NUL, a lone surrogate):
   *     nothing can match it, and PostgreSQL would refuse the query
   */
  public static Optional<String> containing(String text) {
    String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (StorableText.problem(typed).isPresent()) {
      return Optional.empty();
    }
    StringBuilder pattern = new StringBuilder("%");
    for (char c : typed.toCharArray()) {
      if (c == '%' || c == '_' || c == ESCAPE) {
        pattern.append(ESCAPE);
      }
      pattern.append(c);
    }
    return Optional.of(pattern.append('%').toString());
  }
}
