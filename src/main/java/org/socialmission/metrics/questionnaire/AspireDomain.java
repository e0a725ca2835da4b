package org.socialmission.metrics.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ASPIRE social accountability domain a question also informs; a tag, like {@link TheNetPart}.
 */
public enum AspireDomain {
  ORGANISATION("organisation"),
  EDUCATION("education"),
  RESEARCH("research"),
  HEALTH_SERVICES("health-services");

  private final String code;

  AspireDomain(String code) {
    this.code = code;
  }

  /** The code used in questionnaire files, e.g. {@code health-services}. */
  public String code() {
    return code;
  }

  /** The domain with this code, if any. */
  public static Optional<AspireDomain> ofCode(String code) {
    return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
  }
}
