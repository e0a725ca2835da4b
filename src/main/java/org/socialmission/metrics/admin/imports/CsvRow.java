package org.socialmission.metrics.admin.imports;

import java.util.List;
import java.util.Map;
import org.socialmission.metrics.platform.Message;

/**
 * One data row of an import file: its physical line and its trimmed values by column name.
 * Invariant: holds a value (possibly empty) for every expected column.
 */
record CsvRow(int line, Map<String, String> values) {

  CsvRow {
    values = Map.copyOf(values);
  }

  /** The trimmed value of a column; empty when blank. */
  String value(String column) {
    String value = values.get(column);
    if (value == null) {
      throw new IllegalArgumentException("no column " + column);
    }
    return value;
  }

  /** Whether a value is blank. */
  boolean isBlank(String column) {
    return value(column).isBlank();
  }

  /** A problem in one column of this row. */
  ImportError error(String column, Message message) {
    return new ImportError(line, column, message);
  }

  static boolean allBlank(List<String> values) {
    return values.stream().allMatch(String::isBlank);
  }
}
