package org.socialmission.metrics.admin.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.socialmission.metrics.benchmark.Scores;

/**
 * The cells of a row in {@link ResearchDataset#header()} order, shared by both writers: a {@link
 * String} for attributes and answers, a {@link BigDecimal} for scores, null for an empty cell (an
 * undefined score, a question the school's questionnaire lacks or it left unanswered).
 */
final class ResearchCells {

  private ResearchCells() {}

  static List<Object> of(ResearchDataset dataset, ResearchRow row) {
    List<Object> cells = new ArrayList<>();
    cells.add(row.pseudonym());
    cells.add(row.discipline());
    cells.add(row.ownershipText());
    cells.add(row.regionText());
    Scores.MEASURES.forEach(measure -> cells.add(row.scores().get(measure)));
    dataset.questionIds().forEach(id -> cells.add(row.answers().get(id)));
    return cells;
  }
}
