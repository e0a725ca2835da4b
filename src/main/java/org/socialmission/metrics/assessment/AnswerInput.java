package org.socialmission.metrics.assessment;

/**
 * One answer to store, as forms, the API and imports deliver it.
 *
 * @param value {@link AnswerCodec}'s text form; ignored when {@code notApplicable}
 * @param provenance the change of the data-quality mark and evidence stored with it; null leaves
 *     them as they are
 */
public record AnswerInput(
    String questionId, String value, boolean notApplicable, ProvenanceChange provenance) {

  /** An answer that leaves the stored mark and evidence as they are. */
  public AnswerInput(String questionId, String value, boolean notApplicable) {
    this(questionId, value, notApplicable, null);
  }

  /** This answer with a change of its mark and evidence. */
  public AnswerInput with(ProvenanceChange change) {
    return new AnswerInput(questionId, value, notApplicable, change);
  }

  /** The mark and evidence this answer leaves, given those stored now. */
  Provenance provenanceAfter(Provenance stored) {
    return provenance == null ? stored : provenance.applyTo(stored);
  }
}
