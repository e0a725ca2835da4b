package org.socialmission.metrics.assessment;

import java.util.List;

/**
 * A change of an answer's {@link Provenance} as a writer sends it: a new mark, new evidence, or
 * both; what it does not set stays as stored. The wizard always sets both; an API entry sets what
 * it names ({@code "quality"}, {@code "evidence"}).
 *
 * @param quality the new mark (null: none), when {@code setsQuality}
 * @param evidence the new evidence, when {@code setsEvidence}
 */
public record ProvenanceChange(
    boolean setsQuality, Provenance quality, boolean setsEvidence, Provenance evidence) {

  /** Sets both mark and evidence to these. */
  public static ProvenanceChange to(Provenance provenance) {
    return new ProvenanceChange(true, provenance, true, provenance);
  }

  /**
   * A change of the parts a writer named, checked.
   *
   * @param quality the mark's code, null for none; read only when {@code setsQuality}
   * @param evidence read only when {@code setsEvidence}
   * @throws InvalidAnswerException naming the question and what is wrong
   */
  public static ProvenanceChange of(
      String questionId,
      boolean setsQuality,
      String quality,
      boolean setsEvidence,
      List<String> evidence) {
    Provenance checked =
        Provenance.of(
            questionId, setsQuality ? quality : null, setsEvidence ? evidence : List.of());
    return new ProvenanceChange(setsQuality, checked, setsEvidence, checked);
  }

  /** The provenance after this change of what is stored. */
  public Provenance applyTo(Provenance stored) {
    return new Provenance(
        setsQuality ? quality.quality() : stored.quality(),
        setsEvidence ? evidence.evidence() : stored.evidence());
  }
}
