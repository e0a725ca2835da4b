package org.socialmission.metrics.assessment;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A stored answer as readers see it.
 *
 * @param value {@link AnswerCodec}'s text form; null when not applicable
 * @param revision how many times it changed; writers send it back to detect concurrent edits
 * @param provenance the school's data-quality mark and evidence
 * @param carriedFrom the earlier cycle the answer was carried over from, while nobody of the team
 *     confirmed or changed it; null otherwise
 */
public record AnswerView(
    String questionId,
    String value,
    boolean notApplicable,
    int revision,
    String updatedBy,
    LocalDateTime updatedAt,
    Provenance provenance,
    Integer carriedFrom)
    implements Serializable {

  /** A view without mark or evidence, not carried over. */
  public AnswerView(
      String questionId,
      String value,
      boolean notApplicable,
      int revision,
      String updatedBy,
      LocalDateTime updatedAt) {
    this(questionId, value, notApplicable, revision, updatedBy, updatedAt, Provenance.NONE, null);
  }

  /** A view with mark and evidence, not carried over. */
  public AnswerView(
      String questionId,
      String value,
      boolean notApplicable,
      int revision,
      String updatedBy,
      LocalDateTime updatedAt,
      Provenance provenance) {
    this(questionId, value, notApplicable, revision, updatedBy, updatedAt, provenance, null);
  }

  /** Whether the answer was carried over and still waits for the team to confirm or change it. */
  public boolean isCarried() {
    return carriedFrom != null;
  }

  static AnswerView of(StoredAnswer answer) {
    return new AnswerView(
        answer.getQuestionId(),
        answer.getValue(),
        answer.isNotApplicable(),
        answer.getRevision(),
        answer.getUpdatedBy().getDisplayName(),
        answer.getUpdatedAt(),
        answer.getProvenance(),
        answer.getCarriedFromCycle());
  }
}
