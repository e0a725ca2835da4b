package org.socialmission.metrics.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.socialmission.metrics.benchmark.AnswerProfile;

/**
 * One modality of the report: its title, the school's score, and per question the school's answer
 * beside the peers' answers in aggregate.
 */
public record ModalitySection(
    String modalityId, String title, Optional<BigDecimal> score, List<QuestionLine> questions) {

  /** Requires every part and freezes the questions. */
  public ModalitySection {
    Objects.requireNonNull(modalityId, "modalityId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(score, "score");
    questions = List.copyOf(questions);
  }

  /**
   * One question of the school.
   *
   * @param answer the school's answer as shown, e.g. "Yes", an option label, "42 %", its own text
   * @param points the points it gave; empty when it does not count (text, not applicable, hidden)
   * @param max the maximum it could give; empty when it does not count
   * @param peers the peers' answers in aggregate, or why they are withheld
   */
  public record QuestionLine(
      String text,
      String answer,
      Optional<BigDecimal> points,
      Optional<BigDecimal> max,
      AnswerProfile peers) {

    /** Requires every part. */
    public QuestionLine {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(answer, "answer");
      Objects.requireNonNull(points, "points");
      Objects.requireNonNull(max, "max");
      Objects.requireNonNull(peers, "peers");
    }
  }
}
