package org.socialmission.metrics.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of loading one questionnaire file: either the questionnaire, or every error found.
 *
 * <p>Invariant: exactly one of the two is present; the error list is sorted and never empty on
 * failure.
 */
public record LoadResult(Optional<Questionnaire> questionnaire, List<QuestionnaireError> errors) {

  /** Checks the invariant and freezes the error list. */
  public LoadResult {
    errors = errors.stream().sorted().distinct().toList();
    if (questionnaire.isPresent() == !errors.isEmpty()) {
      throw new IllegalArgumentException("a load result holds either a questionnaire or errors");
    }
  }

  /** A successful load. */
  public static LoadResult of(Questionnaire questionnaire) {
    return new LoadResult(Optional.of(questionnaire), List.of());
  }

  /** A failed load with at least one error. */
  public static LoadResult failed(List<QuestionnaireError> errors) {
    return new LoadResult(Optional.empty(), errors);
  }

  /** Whether the file loaded without errors. */
  public boolean isValid() {
    return errors.isEmpty();
  }

  /** The questionnaire, or a {@link QuestionnaireException} listing every error. */
  public Questionnaire orThrow() {
    return questionnaire.orElseThrow(
        () -> new QuestionnaireException(errors, "questionnaire.invalidFile"));
  }
}
