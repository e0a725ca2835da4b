package org.socialmission.metrics.questionnaire;

import java.util.Objects;
import java.util.Optional;

/**
 * A questionnaire version whose files no longer match the checksum the application recorded when an
 * assessment used it, or that is missing altogether. Either way, stored answers would be read
 * against different questions, so the application must not start.
 *
 * @param actual the checksum of the files now, empty when the version is no longer in the catalog
 */
public record ChecksumMismatch(QuestionnaireKey key, String recorded, Optional<String> actual) {

  /** Requires every part. */
  public ChecksumMismatch {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(recorded, "recorded");
    Objects.requireNonNull(actual, "actual");
  }

  @Override
  public String toString() {
    return actual
        .map(
            now ->
                "questionnaire "
                    + key
                    + " changed since assessments used it (recorded checksum "
                    + recorded
                    + ", now "
                    + now
                    + "): restore the file and publish changes as a new version")
        .orElse("questionnaire " + key + " is used by assessments but no file defines it any more");
  }
}
