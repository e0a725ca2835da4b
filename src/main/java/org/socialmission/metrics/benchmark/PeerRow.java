package org.socialmission.metrics.benchmark;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One peer under a pseudonym such as {@code Peer 017}: its scores rounded half up to whole numbers,
 * by measure id ({@link Scores#OVERALL} and modality ids; undefined measures absent). It has, by
 * design, no field that could identify the school.
 */
public record PeerRow(String pseudonym, Map<String, Integer> scores) {

  /** Requires a pseudonym and freezes the scores. */
  public PeerRow {
    Objects.requireNonNull(pseudonym, "pseudonym");
    scores = Map.copyOf(scores);
  }

  /** The rounded score of a measure, if defined. */
  public OptionalInt score(String measureId) {
    Integer score = scores.get(measureId);
    return score == null ? OptionalInt.empty() : OptionalInt.of(score);
  }
}
