package org.socialmission.metrics.platform;

import java.util.Optional;

/**
 * Text that every supported database can store. PostgreSQL refuses the NUL character (U+0000) in
 * text columns, and a lone UTF-16 surrogate is not a character at all; H2 would store both, so they
 * are refused on every database, before anything is written, with a message a user can act on.
 */
public final class StorableText {

  private StorableText() {}

  /** The bundle key that says why the text cannot be stored; empty when it can (or is null). */
  public static Optional<String> problem(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return Optional.of("text.nul");
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of("text.surrogate");
      }
    }
    return Optional.empty();
  }
}
