package org.socialmission.metrics.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking a directory of questionnaire files: the catalog, or every error of every
 * file; and how many files were read, for summaries.
 *
 * <p>Invariant: exactly one of catalog and errors is present.
 */
public record CatalogLoad(
    Optional<QuestionnaireCatalog> catalog, List<QuestionnaireError> errors, int fileCount) {

  /** Checks the invariant and sorts the errors. */
  public CatalogLoad {
    errors = errors.stream().sorted().distinct().toList();
    if (catalog.isPresent() == !errors.isEmpty()) {
      throw new IllegalArgumentException("a catalog load holds either a catalog or errors");
    }
  }
}
