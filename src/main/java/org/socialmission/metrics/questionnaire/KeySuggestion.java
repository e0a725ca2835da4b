package org.socialmission.metrics.questionnaire;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Suggests the allowed key closest to a misspelt one, for messages like "did you mean
 * 'naAllowed'?".
 */
final class KeySuggestion {

  private KeySuggestion() {}

  /** The closest key within two edits (ignoring case), if any. */
  static Optional<String> closest(String typo, Collection<String> keys) {
    return keys.stream()
        .filter(key -> distance(typo.toLowerCase(), key.toLowerCase()) <= 2)
        .min(Comparator.comparingInt(key -> distance(typo.toLowerCase(), key.toLowerCase())));
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int[] current = new int[b.length() + 1];
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      previous = current;
    }
    return previous[b.length()];
  }
}
