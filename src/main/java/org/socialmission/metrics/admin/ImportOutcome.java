package org.socialmission.metrics.admin;

import java.util.List;
import org.socialmission.metrics.admin.imports.ImportError;

/**
 * What an import did, or would do in a dry run: counts when the file is valid, else every error
 * (and then nothing was imported).
 */
public record ImportOutcome(
    boolean dryRun,
    boolean valid,
    int created,
    int updated,
    int unchanged,
    List<ImportError> errors) {

  static ImportOutcome invalid(boolean dryRun, List<ImportError> errors) {
    return new ImportOutcome(dryRun, false, 0, 0, 0, List.copyOf(errors));
  }
}
