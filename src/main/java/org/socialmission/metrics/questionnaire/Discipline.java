package org.socialmission.metrics.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/**
 * A health profession a questionnaire serves. The lowercase {@link #code()} is what questionnaire
 * files and the application's School table use.
 */
public enum Discipline {
  MEDICINE("medicine"),
  NURSING("nursing"),
  DENTISTRY("dentistry");

  private final String code;

  Discipline(String code) {
    this.code = code;
  }

  /** The lowercase code, e.g. {@code nursing}. */
  public String code() {
    return code;
  }

  /** The discipline with this code, if any. */
  public static Optional<Discipline> ofCode(String code) {
    return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
  }
}
