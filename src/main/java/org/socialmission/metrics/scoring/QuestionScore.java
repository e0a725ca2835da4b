package org.socialmission.metrics.scoring;

import java.math.BigDecimal;

/**
 * How one question counted: its status, points and the maximum it adds to its modality (0 when
 * hidden or not applicable, and for free text).
 *
 * @param required whether it is required and visible, i.e. counts in progress
 */
public record QuestionScore(
    String questionId, QuestionStatus status, BigDecimal points, BigDecimal max, boolean required) {

  /** Whether it counts as answered for progress: answered or not applicable. */
  public boolean isAnswered() {
    return status == QuestionStatus.ANSWERED || status == QuestionStatus.NOT_APPLICABLE;
  }
}
