package org.socialmission.metrics.questionnaire;

import java.io.Serializable;
import java.util.Objects;

/**
 * Identifies one version of one questionnaire, e.g. {@code medicine} version 2. Assessments refer
 * to the questionnaire they were answered on by this key.
 */
public record QuestionnaireKey(String id, int version) implements Serializable {

  /** Requires an id and a positive version. */
  public QuestionnaireKey {
    Objects.requireNonNull(id, "id");
    if (version < 1) {
      throw new IllegalArgumentException("version must be positive: " + version);
    }
  }

  @Override
  public String toString() {
    return id + " v" + version;
  }
}
