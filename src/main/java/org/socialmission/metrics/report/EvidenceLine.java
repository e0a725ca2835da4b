package org.socialmission.metrics.report;

import java.util.List;
import java.util.Optional;
import org.socialmission.metrics.scoring.DataQuality;

/**
 * One of the school's own answers with its data-quality mark and evidence, for the workbook. Only
 * ever the school's own: peers' marks and evidence never reach a report.
 *
 * @param evidence document names and links, as the school typed them
 */
public record EvidenceLine(
    String modalityId,
    String question,
    String answer,
    Optional<DataQuality> quality,
    List<String> evidence) {

  /** Freezes the evidence. */
  public EvidenceLine {
    evidence = List.copyOf(evidence);
  }
}
