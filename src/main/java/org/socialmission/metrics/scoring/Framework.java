package org.socialmission.metrics.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.socialmission.metrics.questionnaire.AspireDomain;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.TheNetPart;

/**
 * A framework other than the eight modalities through which a school's answers can be read:
 * THEnet's evaluation framework (four parts) or the ASPIRE social accountability criteria (four
 * domains). Every question carries one tag of each, so every point a school earns falls in exactly
 * one part of each framework.
 */
public enum Framework {
  THENET("thenet"),
  ASPIRE("aspire");

  private final String code;

  Framework(String code) {
    this.code = code;
  }

  /** The code of the API, e.g. {@code thenet}. */
  public String code() {
    return code;
  }

  /** The framework with this code, if any. */
  public static Optional<Framework> ofCode(String code) {
    return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
  }

  /** The codes of the framework's parts, in the framework's own order. */
  public List<String> parts() {
    return this == THENET
        ? Arrays.stream(TheNetPart.values()).map(TheNetPart::code).toList()
        : Arrays.stream(AspireDomain.values()).map(AspireDomain::code).toList();
  }

  /** The code of the part a question is tagged with. */
  public String partOf(Question question) {
    return this == THENET ? question.thenet().code() : question.aspire().code();
  }
}
