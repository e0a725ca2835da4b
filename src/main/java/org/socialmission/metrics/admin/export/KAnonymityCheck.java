package org.socialmission.metrics.admin.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a research data set against its model, from its rows alone: k-anonymity over the
 * quasi-identifiers discipline, ownership and region, and over those three together with any one
 * released column (a score or an answer). A reader who knows a school's attributes (from public
 * directories) and any one of its figures (a published median debt, say) finds at least k rows that
 * fit. Combinations of two or more answers are not covered: on the 242 demo schools nearly every
 * row is unique on its answers taken together, and hiding that would withhold almost every answer;
 * the data set goes to researchers under a data-use agreement.
 */
public final class KAnonymityCheck {

  private KAnonymityCheck() {}

  /** What singles out fewer than k rows, in words; empty when the data set holds the model. */
  public static List<String> violations(ResearchDataset dataset) {
    int k = dataset.k();
    Map<List<String>, List<ResearchRow>> classes = new HashMap<>();
    for (ResearchRow row : dataset.rows()) {
      classes
          .computeIfAbsent(
              List.of(row.discipline(), row.ownershipText(), row.regionText()),
              c -> new ArrayList<>())
          .add(row);
    }
    List<String> violations = new ArrayList<>();
    classes.forEach(
        (attributes, rows) -> {
          if (rows.size() < k) {
            violations.add(attributes + " holds " + rows.size() + " rows");
          }
          for (ResearchColumn column : dataset.columns()) {
            Map<ResearchCell, Integer> counts = new HashMap<>();
            rows.forEach(r -> counts.merge(r.cell(column.id()), 1, Integer::sum));
            counts.forEach(
                (cell, count) -> {
                  if (count < k) {
                    violations.add(
                        attributes + " with " + column.id() + " = " + cell + " holds " + count);
                  }
                });
          }
        });
    return violations;
  }
}
