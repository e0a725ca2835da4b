package org.socialmission.metrics.scoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How well an answer is founded, as the school marks it beside the answer: {@link #VERIFIED} (taken
 * from records), {@link #ESTIMATE}, or {@link #NOT_TRACKED} (the school does not keep the figure).
 * Reported apart from the score, which it never changes.
 */
public enum DataQuality {
  VERIFIED("verified"),
  ESTIMATE("estimate"),
  NOT_TRACKED("not-tracked");

  private final String code;

  DataQuality(String code) {
    this.code = code;
  }

  /** The code of the API and the database, e.g. {@code not-tracked}. */
  public String code() {
    return code;
  }

  /**
   * The mark with this code; {@code not tracked} and {@code not_tracked} are read as {@code
   * not-tracked}, in any letter case.
   */
  public static Optional<DataQuality> ofCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String normal = code.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
    return Arrays.stream(values()).filter(q -> q.code.equals(normal)).findFirst();
  }
}
