package org.socialmission.metrics.admin.export;

import java.util.List;
import java.util.Objects;

/**
 * A released column of the research data set: a score or an answer. A {@link Kind#RANGE} column is
 * written as two numeric columns, {@code <id>.from} and {@code <id>.to}; a checklist question gives
 * one yes/no column per option, {@code <question id>.<option id>}.
 */
public record ResearchColumn(String id, Kind kind) {

  /** How a column's values are written. */
  public enum Kind {
    /** Numbers as ranges: two numeric columns. */
    RANGE,
    /** Text values. */
    CATEGORY
  }

  /** Requires every part. */
  public ResearchColumn {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
  }

  /** The titles of the file columns this column is written as. */
  public List<String> titles() {
    return kind == Kind.RANGE ? List.of(id + ".from", id + ".to") : List.of(id);
  }
}
