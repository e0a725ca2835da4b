package org.socialmission.metrics.admin.imports;

import java.util.List;

/**
 * An {@link ImportError} as an English reader sees it, so tests can compare whole errors with the
 * texts people read.
 */
record Problem(int line, String column, String message) {

  static Problem of(ImportError error) {
    return new Problem(error.line(), error.column(), error.message().english());
  }

  static List<Problem> of(List<ImportError> errors) {
    return errors.stream().map(Problem::of).toList();
  }
}
