package org.socialmission.metrics.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/**
 * The part of THEnet's evaluation framework a question also informs; used to tag items so results
 * can be read against that framework as well.
 */
public enum TheNetPart {
  NEEDS("needs"),
  HOW_WE_WORK("how-we-work"),
  WHAT_WE_DO("what-we-do"),
  DIFFERENCE_WE_MAKE("difference-we-make");

  private final String code;

  TheNetPart(String code) {
    this.code = code;
  }

  /** The code used in questionnaire files, e.g. {@code how-we-work}. */
  public String code() {
    return code;
  }

  /** The part with this code, if any. */
  public static Optional<TheNetPart> ofCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }
}
