package org.socialmission.metrics.assessment;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A stored answer as readers see it.
 *
 * @param value {@link AnswerCodec}'s text form; null when not applicable
 * @param revision how many times it changed; writers send it back to detect concurrent edits
 */
public record AnswerView(
    String questionId,
    String value,
    boolean notApplicable,
    int revision,
    String updatedBy,
    LocalDateTime updatedAt)
    implements Serializable {

  static AnswerView of(StoredAnswer answer) {
    return new AnswerView(
        answer.getQuestionId(),
        answer.getValue(),
        answer.isNotApplicable(),
        answer.getRevision(),
        answer.getUpdatedBy().getDisplayName(),
        answer.getUpdatedAt());
  }
}
