package org.socialmission.metrics.admin.export;

import java.util.ArrayList;
import java.util.List;
import org.socialmission.metrics.admin.export.ResearchCell.Category;
import org.socialmission.metrics.admin.export.ResearchCell.Range;

/**
 * The values of a row in {@link ResearchDataset#header()} order, shared by both writers: a {@link
 * String} for attributes, categories and withheld cells, a {@link java.math.BigDecimal} for the
 * limits of a range, null for an empty cell (no answer, no upper limit).
 */
final class ResearchCells {

  private ResearchCells() {}

  static List<Object> of(ResearchDataset dataset, ResearchRow row) {
    List<Object> values = new ArrayList<>();
    values.add(row.pseudonym());
    values.add(row.discipline());
    values.add(row.ownershipText());
    values.add(row.regionText());
    for (ResearchColumn column : dataset.columns()) {
      ResearchCell cell = row.cell(column.id());
      if (column.kind() == ResearchColumn.Kind.RANGE) {
        values.addAll(range(cell));
      } else {
        values.add(text(cell));
      }
    }
    return values;
  }

  private static List<Object> range(ResearchCell cell) {
    List<Object> pair = new ArrayList<>();
    if (cell instanceof Range range) {
      pair.add(range.from());
      pair.add(range.to().orElse(null));
    } else {
      pair.add(text(cell));
      pair.add(text(cell));
    }
    return pair;
  }

  private static String text(ResearchCell cell) {
    if (cell instanceof Category category) {
      return category.value().isEmpty() ? null : category.value();
    }
    return ResearchCell.WITHHELD;
  }
}
