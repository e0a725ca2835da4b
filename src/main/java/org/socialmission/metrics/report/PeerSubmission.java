package org.socialmission.metrics.report;

import java.util.Map;
import java.util.Objects;
import org.socialmission.metrics.benchmark.SchoolEntry;
import org.socialmission.metrics.scoring.Answer;

/**
 * A submitted assessment of another school in the same cycle: its benchmarking entry and its
 * answers. The answers are read only in aggregate (shares, quartiles), never shown one by one, and
 * only for schools of the subject's discipline, which answered the same questionnaire version; pass
 * an empty map for the others.
 */
public record PeerSubmission(SchoolEntry school, Map<String, Answer> answers) {

  /** Requires the entry and freezes the answers. */
  public PeerSubmission {
    Objects.requireNonNull(school, "school");
    answers = Map.copyOf(answers);
  }
}
