package org.socialmission.metrics.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/**
 * A developmental phase of a modality, in the spirit of TUFH's ISAT: where a school stands on its
 * way, rather than how it ranks among peers. Guidance files map score bands to phases (see {@link
 * PhaseScale}); the phases follow one another in this order.
 */
public enum Phase {
  BEGINNING("beginning"),
  DEVELOPING("developing"),
  ESTABLISHED("established"),
  LEADING("leading");

  private final String code;

  Phase(String code) {
    this.code = code;
  }

  /** The code used in guidance files and the API, e.g. {@code developing}. */
  public String code() {
    return code;
  }

  /** The phase with this code, if any. */
  public static Optional<Phase> ofCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }
}
