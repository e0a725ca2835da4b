package org.socialmission.metrics.admin.imports;

import java.util.List;

/**
 * The outcome of reading an import file: all of its rows, or all of its problems, never both.
 *
 * <p>Invariant: when {@link #errors()} is not empty, {@link #rows()} is empty, so a caller cannot
 * store half a file by mistake. Errors are in file order.
 *
 * @param <T> the kind of row
 */
public record ImportResult<T>(List<T> rows, List<ImportError> errors) {

  /** Freezes both lists and drops the rows when there are errors. */
  public ImportResult {
    errors = List.copyOf(errors);
    rows = errors.isEmpty() ? List.copyOf(rows) : List.of();
  }

  /** A file without problems. */
  public static <T> ImportResult<T> valid(List<T> rows) {
    return new ImportResult<>(rows, List.of());
  }

  /** A file with problems; requires at least one. */
  public static <T> ImportResult<T> invalid(List<ImportError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid result needs at least one error");
    }
    return new ImportResult<>(List.of(), errors);
  }

  /** Whether the file can be imported: it has no problems. */
  public boolean isValid() {
    return errors.isEmpty();
  }
}
