package org.socialmission.metrics.assessment;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A stored answer as readers see it.
 *
 * @param value {@link AnswerCodec}'s text form; null when not applicable
 * @param revision how many times it changed; writers send it back to detect concurrent edits
 * @param provenance the school's data-quality mark and evidence
 */
public record AnswerView(
    String questionId,
    String value,
    boolean notApplicable,
    int revision,
    String updatedBy,
    LocalDateTime updatedAt,
    Provenance provenance)
    implements Serializable {

  /** A view without mark or evidence. */
  public AnswerView(
      String questionId,
      String value,
      boolean notApplicable,
      int revision,
      String updatedBy,
      LocalDateTime updatedAt) {
    this(questionId, value, notApplicable, revision, updatedBy, updatedAt, Provenance.NONE);
  }

  static AnswerView of(StoredAnswer answer) {
    return new AnswerView(
        answer.getQuestionId(),
        answer.getValue(),
        answer.isNotApplicable(),
        answer.getRevision(),
        answer.getUpdatedBy().getDisplayName(),
        answer.getUpdatedAt(),
        answer.getProvenance());
  }
}
